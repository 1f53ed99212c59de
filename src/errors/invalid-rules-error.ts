import { formatIssues, type Issue } from '../issues.js';
import { TriageError } from './triage-error.js';

/**
 * A rule pack or catalog did not validate; the whole rule set is rejected. Issues name file, rule
 * and path.
 *
 * @example
 * try { compileRuleSet(sources); } catch (error) {
 *   if (error instanceof InvalidRulesError) console.error(formatIssues(error.issues));
 * }
 */
export class InvalidRulesError extends TriageError {
  override name = 'InvalidRulesError' as const;
  constructor(issues: readonly Issue[]) {
    super('invalid_rules', `The rule set is invalid:\n${formatIssues(issues)}`, issues);
  }
}
