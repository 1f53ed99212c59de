import { overLimit, toJsonPointer, type Issue, type ReportIssue } from '../issues.js';
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

type Frame = { value: unknown; path: PropertyKey[] };

/** Reports a prototype-named or overlong key; true when the walk may go into it. */
function checkKey(key: string, path: PropertyKey[], maxStringLength: number, report: ReportIssue): boolean {
  if (FORBIDDEN_KEYS.has(key)) {
    const message = `the key ${JSON.stringify(key)} is not allowed in rule files (it names prototype machinery)`;
    report('forbidden_key', [...path, key], message);
    return false;
  }
  if (key.length <= maxStringLength) return true;
  const { message, ...detail } = overLimit(
    `a key is ${key.length} characters long`,
    'maxStringLength',
    maxStringLength,
  );
  report('limit_exceeded', path, message, detail);
  return false;
}

/** Checks one value (not its children) and returns the children to walk, last first. */
function visit({ value, path }: Frame, limits: RuleSourceLimits, report: ReportIssue): Frame[] {
  const { maxDepth, maxNodes, maxStringLength } = limits;
  if (typeof value === 'string') {
    if (value.length > maxStringLength) {
      const found = `the string is ${value.length} characters long`;
      const { message, ...detail } = overLimit(found, 'maxStringLength', maxStringLength);
      report('limit_exceeded', path, message, detail);
    }
    return [];
  }
  if (value === null || typeof value !== 'object') return [];
  if (path.length >= maxDepth) {
    const found = `the file nests deeper than ${maxDepth} levels here`;
    const { message, ...detail } = overLimit(found, 'maxDepth', maxDepth);
    report('limit_exceeded', path, message, detail);
    return [];
  }
  const keys = Array.isArray(value) ? [] : Object.keys(value);
  const length = Array.isArray(value) ? value.length : keys.length;
  const children: Frame[] = [];
  for (let i = Math.min(length, maxNodes + 1) - 1; i >= 0; i -= 1) {
    const key = Array.isArray(value) ? i : keys[i]!;
    if (typeof key === 'string' && !checkKey(key, path, maxStringLength, report)) continue;
    children.push({ value: (value as Record<PropertyKey, unknown>)[key], path: [...path, key] });
  }
  return children;
}

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
  const all = { ...DEFAULT_RULE_SOURCE_LIMITS, ...limits };
  const issues: Issue[] = [];
  let nodes = 0;
  for (const { file, content } of sources) {
    const report: ReportIssue = (code, path, message, detail) =>
      issues.push({ code, file, path: toJsonPointer(path), message, ...detail });
    const stack: Frame[] = [{ value: content, path: [] }];
    while (stack.length > 0) {
      nodes += 1;
      if (nodes > all.maxNodes) {
        const found = `the rule files hold more than ${all.maxNodes} values`;
        const { message, ...detail } = overLimit(found, 'maxNodes', all.maxNodes);
        report('limit_exceeded', [], message, detail);
        return issues;
      }
      for (const child of visit(stack.pop()!, all, report)) stack.push(child);
    }
  }
  return issues;
}
