import { toJsonPointer, type Issue } from '../issues.js';

// A caller can pass what JSON never produces: getters and proxies that throw, arrays whose
// `length` is not a count. When validating such a value throws, this walk finds where, so the
// answer is an issue with a JSON pointer rather than a rejected promise.

function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable error';
  }
}

/** Own enumerable keys (array indexes), or the error listing them threw. */
function keysOf(value: object): PropertyKey[] {
  if (Array.isArray(value)) {
    const length: unknown = value.length;
    if (!Number.isSafeInteger(length) || (length as number) < 0)
      throw new TypeError(`the array's length is ${String(length)}, not a count`);
    return Array.from({ length: Math.min(length as number, 100_000) }, (_, i) => i);
  }
  return Object.keys(value);
}

function issueAt(path: PropertyKey[], error: unknown): Issue {
  return {
    code: 'unreadable_value',
    path: toJsonPointer(path),
    message: `expected plain data; reading this value threw: ${messageOf(error).slice(0, 200)}`,
    expected: 'plain data',
    found: `a value whose reading threw: ${messageOf(error).slice(0, 200)}`,
  };
}

/**
 * The first place in `input` where reading throws, as an `unreadable_value` issue; `fallback`'s
 * message when the walk reads everything (the error came from elsewhere). Bounded by `maxNodes`.
 *
 * @example
 * const input = { id: 'c1', get scenario() { throw new Error('no'); } };
 * findUnreadableValue(input, new Error('no')); // { code: 'unreadable_value', path: '/scenario', … }
 */
export function findUnreadableValue(input: unknown, fallback: unknown, maxNodes = 20_000): Issue {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: input, path: [] }];
  const seen = new Set<object>();
  let nodes = 0;
  while (stack.length > 0 && nodes < maxNodes) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) continue;
    seen.add(value);
    let keys: PropertyKey[];
    try {
      keys = keysOf(value);
    } catch (error) {
      return issueAt(path, error);
    }
    for (const key of keys) {
      try {
        stack.push({ value: (value as Record<PropertyKey, unknown>)[key], path: [...path, key] });
      } catch (error) {
        return issueAt([...path, key], error);
      }
    }
  }
  return {
    code: 'unreadable_value',
    path: '',
    message: `expected plain data; reading the case threw: ${messageOf(fallback).slice(0, 200)}`,
    expected: 'plain data',
    found: `a case whose reading threw: ${messageOf(fallback).slice(0, 200)}`,
  };
}
