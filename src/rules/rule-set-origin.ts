import type { RuleSet, RuleSource } from './rule-set.js';

/** What a rule set was compiled from: its files and the parameter overrides applied to them. */
export interface RuleSetOrigin {
  readonly sources: readonly RuleSource[];
  readonly parameters: Readonly<Record<string, number>>;
}

// Kept beside the rule set rather than on it, so a RuleSet stays the plain data it was.
const origins = new WeakMap<RuleSet, RuleSetOrigin>();

/**
 * Records the files and overrides a rule set was compiled from, so parameters can be applied later.
 *
 * @example
 * rememberRuleSetOrigin(ruleSet, { sources, parameters: {} });
 */
export function rememberRuleSetOrigin(ruleSet: RuleSet, origin: RuleSetOrigin): void {
  origins.set(ruleSet, origin);
}

/**
 * The files and overrides a rule set was compiled from, or `undefined` for a set this package did not compile.
 *
 * @example
 * const origin = ruleSetOriginOf(ruleSet);
 */
export function ruleSetOriginOf(ruleSet: RuleSet): RuleSetOrigin | undefined {
  return origins.get(ruleSet);
}
