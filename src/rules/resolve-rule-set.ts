import { compileRuleSet } from './compile-rule-set.js';
import type { RuleSet, RuleSource } from './rule-set.js';
import { withParameters } from './with-parameters.js';

/** The rules an entry falls back to when the options name none (the root entry's bundled set). */
export interface DefaultRules {
  readonly ruleSet: RuleSet;
  readonly sources: readonly RuleSource[];
}

function isRuleSet(rules: RuleSet | readonly RuleSource[]): rules is RuleSet {
  return !Array.isArray(rules);
}

/**
 * The rule set a triage runs on: a compiled set (recompiled with `parameters` when given), rule files
 * compiled with them, or the defaults. Throws `InvalidRulesError` as `compileRuleSet` does.
 *
 * @example
 * const ruleSet = resolveRuleSet(files, { retrieval_response_working_days: 7 });
 */
export function resolveRuleSet(
  rules: RuleSet | readonly RuleSource[] | undefined,
  parameters: Record<string, number> | undefined,
  defaults?: DefaultRules,
): RuleSet {
  if (rules) return isRuleSet(rules) ? withParameters(rules, parameters ?? {}) : compileRuleSet(rules, { parameters });
  if (!defaults) throw new TypeError('expected rules in the options (this entry bundles none); found none');
  return parameters ? compileRuleSet(defaults.sources, { parameters }) : defaults.ruleSet;
}
