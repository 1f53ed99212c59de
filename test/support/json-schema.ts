// A small JSON Schema (draft-07) validator for the keywords our generated schemas use, so tests
// can check the committed schemas the way an editor would, without a validator dependency.
type Schema = Record<string, unknown> | boolean;

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** Errors as `pointer: keyword`; empty when the value is valid. Throws on a keyword it does not know. */
export function validateJsonSchema(root: Record<string, unknown>, value: unknown): string[] {
  const errors: string[] = [];
  const check = (schema: Schema, v: unknown, at: string, out: string[]): void => {
    if (schema === true) return;
    if (schema === false) return void out.push(`${at}: false`);
    for (const [key, rule] of Object.entries(schema)) {
      switch (key) {
        case '$schema': case 'title': case 'description': case 'definitions': case '$id': case 'default':
          break;
        case '$ref': {
          const name = /^#\/definitions\/(.+)$/.exec(rule as string)?.[1];
          if (!name) throw new Error(`unsupported $ref ${String(rule)}`);
          check((root.definitions as Record<string, Schema>)[name]!, v, at, out);
          break;
        }
        case 'type': {
          const t = typeOf(v);
          const types = Array.isArray(rule) ? rule : [rule];
          if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) out.push(`${at}: type`);
          break;
        }
        case 'enum': if (!(rule as unknown[]).includes(v)) out.push(`${at}: enum`); break;
        case 'const': if (rule !== v) out.push(`${at}: const`); break;
        case 'pattern': if (typeof v === 'string' && !new RegExp(rule as string, 'u').test(v)) out.push(`${at}: pattern`); break;
        case 'minLength': if (typeof v === 'string' && [...v].length < (rule as number)) out.push(`${at}: minLength`); break;
        case 'maxLength': if (typeof v === 'string' && [...v].length > (rule as number)) out.push(`${at}: maxLength`); break;
        case 'minimum': if (typeof v === 'number' && v < (rule as number)) out.push(`${at}: minimum`); break;
        case 'maximum': if (typeof v === 'number' && v > (rule as number)) out.push(`${at}: maximum`); break;
        case 'exclusiveMinimum': if (typeof v === 'number' && v <= (rule as number)) out.push(`${at}: exclusiveMinimum`); break;
        case 'exclusiveMaximum': if (typeof v === 'number' && v >= (rule as number)) out.push(`${at}: exclusiveMaximum`); break;
        case 'minItems': if (Array.isArray(v) && v.length < (rule as number)) out.push(`${at}: minItems`); break;
        case 'maxItems': if (Array.isArray(v) && v.length > (rule as number)) out.push(`${at}: maxItems`); break;
        case 'items': if (Array.isArray(v)) v.forEach((item, i) => check(rule as Schema, item, `${at}/${i}`, out)); break;
        case 'required':
          if (typeOf(v) === 'object') for (const name of rule as string[]) if (!Object.hasOwn(v as object, name)) out.push(`${at}/${name}: required`);
          break;
        case 'properties':
          if (typeOf(v) === 'object') for (const [name, sub] of Object.entries(rule as Record<string, Schema>)) if (Object.hasOwn(v as object, name)) check(sub, (v as Record<string, unknown>)[name], `${at}/${name}`, out);
          break;
        case 'propertyNames': if (typeOf(v) === 'object') for (const name of Object.keys(v as object)) check(rule as Schema, name, `${at}/${name}`, out); break;
        case 'additionalProperties':
          if (typeOf(v) === 'object') {
            const known = Object.keys((schema as { properties?: object }).properties ?? {});
            for (const [name, sub] of Object.entries(v as Record<string, unknown>)) if (!known.includes(name)) check(rule as Schema, sub, `${at}/${name}`, out);
          }
          break;
        case 'anyOf': case 'oneOf': {
          // Like an editor: when no branch fits, report the problems of the closest one.
          const results = (rule as Schema[]).map((sub) => {
            const inner: string[] = [];
            check(sub, v, at, inner);
            return inner;
          });
          const passing = results.filter((inner) => inner.length === 0).length;
          if (passing === 0) out.push(...results.reduce((a, b) => (b.length < a.length ? b : a)));
          else if (key === 'oneOf' && passing > 1) out.push(`${at}: oneOf`);
          break;
        }
        default:
          throw new Error(`unsupported keyword ${key} at ${at}`);
      }
    }
  };
  check(root, value, '', errors);
  return errors;
}
