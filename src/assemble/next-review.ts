import { formatInstant, instantOf } from '../calendar/zoned-time.js';
import type { Escalation } from '../result/schema.js';
import type { ComputedDeadline } from './assemble-deadlines.js';

/**
 * The earliest instant after `asOf` at which the advice changes without new facts: just after a
 * deadline ends (00:00:00 after a deadline ending 23:59:59), or when the next rung comes due; null
 * when nothing is pending.
 *
 * @example
 * findNextReview(deadlines, escalation, asOf, 'Asia/Shanghai'); // '2026-04-09T00:00:00+08:00'
 */
export function findNextReview(
  deadlines: Map<string, ComputedDeadline>,
  escalation: Escalation,
  asOf: number,
  timeZone: string,
): string | null {
  let next = Infinity;
  for (const { dueAt } of deadlines.values()) if (dueAt >= asOf && dueAt + 1 < next) next = dueAt + 1;
  if (escalation.channel !== null && escalation.when !== 'now') {
    const when = instantOf(escalation.when, timeZone);
    if (when > asOf && when < next) next = when;
  }
  return Number.isFinite(next) ? formatInstant(next, timeZone) : null;
}
