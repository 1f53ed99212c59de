/**
 * Whom a clock binds, which decides how days an unpublished holiday schedule may still change are
 * counted: `merchant` (the merchant must act by then: such days count as working days, so the date
 * is never later than the official one) or `counterparty` (the other party's window: such days count
 * as days off, so it is never called overdue before the official date).
 *
 * @example
 * const side: ClockSide = spec.side ?? 'merchant';
 */
export type ClockSide = 'merchant' | 'counterparty';

/**
 * Which data a day count used: `official` (a published schedule), `provisional` (the statutory days
 * of a year whose schedule is not published yet) or `weekdays` (no data: Monday to Friday).
 *
 * @example
 * const weak = result.deadlines.filter((d) => d.calendar !== 'official');
 */
export type CalendarKind = 'official' | 'provisional' | 'weekdays';

const RANK: Record<CalendarKind, number> = { official: 0, provisional: 1, weekdays: 2 };

/** The weaker of two calendar kinds (`weekdays` weakest). */
export function weakerKind(a: CalendarKind, b: CalendarKind): CalendarKind {
  return RANK[a] >= RANK[b] ? a : b;
}
