import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validates values against the component schemas of an OpenAPI 3.1 document (JSON Schema 2020-12),
 * the way a generated client would read them.
 */
export function createOpenApiValidator(doc: { components: { schemas: Record<string, unknown> } }) {
  // strict off: OpenAPI documents carry keywords (description, example) Ajv's strict mode rejects outside its vocabulary.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: 'openapi', $defs: {}, components: doc.components } as never);
  return (name: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`openapi#/components/schemas/${name}`);
    if (!validate) throw new Error(`no component schema ${name}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}
