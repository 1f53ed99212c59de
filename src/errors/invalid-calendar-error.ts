import { formatIssues, type Issue } from '../issues.js';
import { TriageError } from './triage-error.js';

/**
 * A calendar file did not validate; nothing of it is used. Issues name path, expected and found.
 *
 * @example
 * try { createWorkingCalendar(file); } catch (error) {
 *   if (error instanceof InvalidCalendarError) console.error(formatIssues(error.issues));
 * }
 */
export class InvalidCalendarError extends TriageError {
  override name = 'InvalidCalendarError' as const;
  constructor(issues: readonly Issue[]) {
    super('invalid_calendar', `The calendar file is invalid:\n${formatIssues(issues)}`, issues);
  }
}
