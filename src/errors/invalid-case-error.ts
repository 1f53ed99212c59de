import { formatIssues, type Issue } from '../issues.js';
import { TriageError } from './triage-error.js';

/**
 * The case did not validate. `issues` names every problem with its JSON pointer.
 *
 * @example
 * try { await triage.triage(input); } catch (error) {
 *   if (error instanceof InvalidCaseError) console.error(formatIssues(error.issues));
 * }
 */
export class InvalidCaseError extends TriageError {
  override name = 'InvalidCaseError' as const;
  constructor(issues: readonly Issue[]) {
    super('invalid_case', `The case is invalid:\n${formatIssues(issues)}`, issues);
  }
}
