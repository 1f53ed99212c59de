import type { RuleSet } from '../rules/rule-set.js';
import type { Days } from '../rules/schema.js';

/**
 * A day count of a rule: the number itself, or the value of the parameter it names.
 *
 * @example
 * resolveDays({ param: 'retrieval_response_working_days' }, ruleSet); // 7
 */
export function resolveDays(days: Days, ruleSet: RuleSet): number {
  return typeof days === 'number' ? days : ruleSet.parameterValues[days.param]!;
}
