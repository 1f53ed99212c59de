// A fast path for the common case, valid input, derived from the zod schema itself: the schema's
// definition tree is walked once and turned into plain checking functions. A function answers
// the value zod would give, or NOT_FAST when the value fails a check or uses a part of the schema
// it does not know; zod then runs as before and produces the issues (or, for unknown parts, the
// value). So a new field of any known kind is picked up without code, and any other kind only
// costs the fast path for cases that use it. test/case/fast-parse.test.ts holds every fast answer
// equal to zod's.

/** "Ask zod": the value is invalid, or the fast path cannot tell. */
export const NOT_FAST: unique symbol = Symbol('not fast');
type Parse = (value: unknown) => unknown;

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string; checks?: ZodLike[] } };
}

const notFast: Parse = () => NOT_FAST;

/** One check of a string, number or array; undefined when the check's kind is not known here. */
function compileCheck(check: ZodLike): ((value: never) => boolean) | undefined {
  const def = check._zod.def as Record<string, unknown>;
  switch (def.check) {
    case 'max_length':
      return (v: string | unknown[]) => v.length <= (def.maximum as number);
    case 'min_length':
      return (v: string | unknown[]) => v.length >= (def.minimum as number);
    case 'length_equals':
      return (v: string | unknown[]) => v.length === (def.length as number);
    case 'greater_than':
      return def.inclusive ? (v: number) => v >= (def.value as number) : (v: number) => v > (def.value as number);
    case 'less_than':
      return def.inclusive ? (v: number) => v <= (def.value as number) : (v: number) => v < (def.value as number);
    case 'number_format':
      return def.format === 'safeint' ? (v: number) => Number.isSafeInteger(v) : undefined;
    case 'string_format': {
      const pattern = def.pattern;
      if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) return undefined;
      return (v: string) => pattern.test(v);
    }
    case 'custom': {
      const fn = def.fn as (v: unknown) => unknown;
      // A refinement passes on `true`; anything else (false, a promise) leaves the case to zod.
      return typeof fn === 'function' ? (v: unknown) => fn(v) === true : undefined;
    }
    default:
      return undefined;
  }
}

function withChecks(schema: ZodLike, accepts: (value: unknown) => boolean): Parse {
  const checks = (schema._zod.def.checks ?? []).map(compileCheck);
  if (checks.some((check) => check === undefined)) return notFast;
  const all = checks as Array<(value: unknown) => boolean>;
  return (value) => {
    if (!accepts(value)) return NOT_FAST;
    for (const check of all) if (!check(value)) return NOT_FAST;
    return value;
  };
}

function compileObject(def: Record<string, unknown>): Parse {
  const catchall = (def.catchall as ZodLike | undefined)?._zod.def.type;
  if (catchall !== 'never') return notFast; // only strict objects: others drop or keep unknown keys
  const entries = Object.entries(def.shape as Record<string, ZodLike>).map(([key, field]) => ({
    key,
    parse: compileNode(field),
  }));
  const known = new Set(entries.map((entry) => entry.key));
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return NOT_FAST;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return NOT_FAST;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!known.has(key)) return NOT_FAST;
    const out: Record<string, unknown> = {};
    for (const { key, parse } of entries) {
      const present = Object.hasOwn(record, key);
      const parsed = parse(present ? record[key] : undefined);
      if (parsed === NOT_FAST) return NOT_FAST;
      if (present) out[key] = parsed;
    }
    return out;
  };
}

function compileArray(schema: ZodLike): Parse {
  const element = compileNode(schema._zod.def.element as ZodLike);
  const check = withChecks(schema, Array.isArray);
  return (value) => {
    if (check(value) === NOT_FAST) return NOT_FAST;
    const items = value as unknown[];
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i += 1) {
      const parsed = element(items[i]);
      if (parsed === NOT_FAST) return NOT_FAST;
      out[i] = parsed;
    }
    return out;
  };
}

function compileNode(schema: ZodLike): Parse {
  const def = schema._zod.def;
  if (def.coerce === true) return notFast;
  switch (def.type) {
    case 'string':
      return withChecks(schema, (v) => typeof v === 'string');
    case 'number':
      return withChecks(schema, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return withChecks(schema, (v) => typeof v === 'boolean');
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return withChecks(schema, (v) => values.has(v));
    }
    case 'optional': {
      const inner = compileNode(def.innerType as ZodLike);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'object':
      return def.checks?.length ? notFast : compileObject(def);
    case 'array':
      return compileArray(schema);
    default:
      return notFast;
  }
}

const compiled = new WeakMap<object, Parse>();

/**
 * The fast path for a zod schema, built on first use: what zod's `safeParse` would give as data
 * for a value it accepts, or `NOT_FAST` (then run zod).
 *
 * @example
 * const value = fastParse(schema, input);
 * const parsed = value !== NOT_FAST ? { success: true, data: value } : schema.safeParse(input);
 */
export function fastParse(schema: object, input: unknown): unknown {
  let parse = compiled.get(schema);
  if (!parse) {
    parse = compileNode(schema as ZodLike);
    compiled.set(schema, parse);
  }
  return parse(input);
}
