import { TriageError } from '../errors/triage-error.js';
import { compileRuleSet } from './compile-rule-set.js';
import type { RuleSet } from './rule-set.js';
import { ruleSetOriginOf } from './rule-set-origin.js';

/**
 * A compiled rule set with parameter overrides applied on top of its own: it is compiled again from
 * the files it came from, so names and values are checked exactly as `compileRuleSet` checks them
 * (an unknown name or an out-of-range value rejects it with `InvalidRulesError`, code
 * `invalid_rules`, each issue naming the parameter) and its `hash` is the one those files and values give.
 *
 * @example
 * const base = compileRuleSet(sources);
 * const patient = withParameters(base, { retrieval_response_working_days: 7 });
 */
export function withParameters(ruleSet: RuleSet, parameters: Readonly<Record<string, number>>): RuleSet {
  if (Object.keys(parameters).length === 0) return ruleSet;
  const origin = ruleSetOriginOf(ruleSet);
  if (!origin) {
    throw new TriageError(
      'parameters_not_applicable',
      'parameters cannot be applied to this rule set: it was not built by compileRuleSet or loadRuleSet in this ' +
        'process; pass the rule files (rules: [...]) or compile them with { parameters }',
      Object.keys(parameters).map((name) => {
        const expected = 'a rule set compiled by this package';
        const found = `one of unknown origin, so ${JSON.stringify(name)} cannot be applied`;
        const message = `expected ${expected}; found ${found}`;
        return { code: 'parameters_not_applicable', path: `/parameters/${name}`, message, expected, found };
      }),
    );
  }
  return compileRuleSet(origin.sources, { parameters: { ...origin.parameters, ...parameters } });
}
