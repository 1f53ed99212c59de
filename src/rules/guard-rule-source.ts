import { toJsonPointer, type Issue, type ReportIssue } from '../issues.js';
import type { RuleSource } from './rule-set.js';

// Rule files come from partners. Before zod (which recurses, and would overflow on a condition
// nested thousands deep) and before anything copies, hashes or runs them, one iterative walk turns
// away what no honest file contains: prototype-named keys, absurd nesting, absurd size.

/** Size limits for rule files, checked before any schema. The defaults are far above any honest rule set. */
export interface RuleSourceLimits {
  /** Deepest nesting of objects and arrays in one file, the file's top object being level 1. */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers, …) in all files together. */
  maxNodes: number;
  /** Longest string or key anywhere (characters). */
  maxStringLength: number;
}

/**
 * The limits `compileRuleSet` applies unless told otherwise. The bundled rules nest at most 12
 * levels deep and hold about 10,000 values together; zod's recursive parse overflows the stack
 * somewhere above 1,500 levels.
 *
 * @example
 * compileRuleSet(sources, { limits: { maxNodes: DEFAULT_RULE_SOURCE_LIMITS.maxNodes * 4 } });
 */
export const DEFAULT_RULE_SOURCE_LIMITS: RuleSourceLimits = {
  maxDepth: 64,
  maxNodes: 500_000,
  maxStringLength: 100_000,
};

/** Keys that reach prototype machinery when a careless merge follows them; JSON.parse makes `__proto__` an own key. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks rule files before they are parsed: no `__proto__` / `constructor` / `prototype` key
 * anywhere, nesting within `maxDepth`, strings within `maxStringLength`, all files together
 * within `maxNodes` values. Iterative and bounded, so it ends on any input, cycles included.
 *
 * @example
 * const issues = guardRuleSources([{ file: 'partner.json', content: JSON.parse(text) }]);
 * if (issues.length > 0) throw new InvalidRulesError(issues);
 */
export function guardRuleSources(sources: readonly RuleSource[], limits: Partial<RuleSourceLimits> = {}): Issue[] {
  const { maxDepth, maxNodes, maxStringLength } = { ...DEFAULT_RULE_SOURCE_LIMITS, ...limits };
  const issues: Issue[] = [];
  let nodes = 0;
  for (const { file, content } of sources) {
    const report: ReportIssue = (code, path, message, detail) =>
      issues.push({ code, file, path: toJsonPointer(path), message, ...detail });
    const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: content, path: [] }];
    while (stack.length > 0) {
      const { value, path } = stack.pop()!;
      nodes += 1;
      if (nodes > maxNodes) {
        report(
          'limit_exceeded',
          [],
          `the rule files hold more than ${maxNodes} values; the limit maxNodes is ${maxNodes}`,
        );
        return issues;
      }
      if (typeof value === 'string') {
        if (value.length > maxStringLength)
          report(
            'limit_exceeded',
            path,
            `the string is ${value.length} characters long; the limit maxStringLength is ${maxStringLength}`,
          );
        continue;
      }
      if (value === null || typeof value !== 'object') continue;
      if (path.length >= maxDepth) {
        report(
          'limit_exceeded',
          path,
          `the file nests deeper than ${maxDepth} levels here; the limit maxDepth is ${maxDepth}`,
        );
        continue;
      }
      const keys = Array.isArray(value) ? [] : Object.keys(value);
      const length = Array.isArray(value) ? value.length : keys.length;
      for (let i = Math.min(length, maxNodes + 1) - 1; i >= 0; i -= 1) {
        const key = Array.isArray(value) ? i : keys[i]!;
        if (typeof key === 'string') {
          if (FORBIDDEN_KEYS.has(key)) {
            report(
              'forbidden_key',
              [...path, key],
              `the key ${JSON.stringify(key)} is not allowed in rule files (it names prototype machinery)`,
            );
            continue;
          }
          if (key.length > maxStringLength) {
            report(
              'limit_exceeded',
              path,
              `a key is ${key.length} characters long; the limit maxStringLength is ${maxStringLength}`,
            );
            continue;
          }
        }
        stack.push({ value: (value as Record<PropertyKey, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return issues;
}
