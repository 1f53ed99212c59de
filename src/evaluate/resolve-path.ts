import { FACT_PATH, splitFactPath } from '../facts/fact-catalog.js';

/**
 * Resolves a condition's `path` with a plain walk over own properties. Replaces json-rules-engine's
 * JSONPath resolver (jsonpath-plus has a remote-code-execution history); loading already rejects
 * any path that is not a plain dotted name.
 */
export function resolvePath(value: unknown, path: string): unknown {
  if (!FACT_PATH.test(path)) return undefined;
  let current: unknown = value;
  for (const key of splitFactPath(path)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
