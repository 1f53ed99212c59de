import { expectedFound, type ReportIssue } from '../issues.js';
import type { ConditionScope } from './check-conditions.js';
import type { Days } from './schema.js';

/** The scope a day count is checked in: parameter values too, since day arithmetic walks day by day. */
export type DayScope = ConditionScope & { parameterValues?: Readonly<Record<string, number>> };

const MAX_DAYS = 3650;

/**
 * Checks a day count: a parameter it names must be declared, and its value a whole number of days
 * from 0 to 3650.
 *
 * @example
 * checkDays({ param: 'retrieval_response_working_days' }, scope, ['channels', 'acquirer', 'replyWindow'], report);
 */
export function checkDays(days: Days, scope: DayScope, path: PropertyKey[], report: ReportIssue): void {
  if (typeof days !== 'object') return;
  if (!scope.parameters.has(days.param)) {
    const found = JSON.stringify(days.param);
    report('unknown_parameter', [...path, 'param'], ...expectedFound('a parameter declared by a pack', found));
    return;
  }
  const value = scope.parameterValues?.[days.param];
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= MAX_DAYS)) {
    const expected = `a whole number from 0 to ${MAX_DAYS}`;
    const [text, detail] = expectedFound(expected, String(value));
    const message = `parameter ${JSON.stringify(days.param)} counts days here: ${text}`;
    report('invalid_parameter', [...path, 'param'], message, detail);
  }
}
