// Validates with Ajv (draft-07) and ajv-formats, the way editors and partner services check JSON
// against the committed schemas.
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under ESM interop its function sits on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

/** Ajv as a partner would set it up: strict (but for `required` inside oneOf branches), all errors, multipleOf 0.01 checked to 6 decimal places, as the library checks amounts. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, multipleOfPrecision: 6 });
  addFormats(ajv);
  // Annotations the schemas carry for editors and docs (labels of enum ids).
  ajv.addVocabulary(['enumDescriptions', 'x-labels']);
  return ajv;
}

const ajv = createAjv();
const compiled = new WeakMap<object, ReturnType<Ajv['compile']>>();

function describeError(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties')
    return `${error.instancePath}/${(error.params as { additionalProperty: string }).additionalProperty}: false`;
  return `${error.instancePath}: ${error.keyword}`;
}

/** Errors as `pointer: keyword` (`/colour: false` for an unknown key); empty when the value is valid. */
export function validateJsonSchema(schema: Record<string, unknown>, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : [...new Set((validate.errors ?? []).map(describeError))];
}
