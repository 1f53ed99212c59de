import type { ClockSide } from './clock-side.js';
import { weekdayOf, type DayNumber } from './local-date.js';
import type { WorkingCalendar } from './working-calendar-types.js';

/** The day counts as a working day. */
export const WORKING_DAY = 1;
/** No data for the day: Monday–Friday counted. */
export const UNKNOWN_DAY = 2;
/** The day came from the provisional calendar. */
export const PROVISIONAL_DAY = 4;

/**
 * How `day` counts for a clock of `side`, as WORKING_DAY | UNKNOWN_DAY | PROVISIONAL_DAY bits:
 * the official answer when there is one; else the provisional one, where a day the schedule may
 * still change counts as working for the merchant's own deadlines and as a day off for the other
 * party's windows; else Monday–Friday.
 *
 * @example
 * dayBitsFor(chineseWorkingCalendar(), dayNumberOf('2027-01-02'), 'merchant'); // WORKING_DAY | PROVISIONAL_DAY
 */
export function dayBitsFor(calendar: WorkingCalendar, day: DayNumber, side: ClockSide): number {
  const official = calendar.isWorkingDay(day);
  if (official !== undefined) return official ? WORKING_DAY : 0;
  const provisional = calendar.provisional?.statusOf(day);
  if (provisional !== undefined) {
    const working = provisional === 'working' || (provisional !== 'off' && side === 'merchant');
    return PROVISIONAL_DAY | (working ? WORKING_DAY : 0);
  }
  const weekday = weekdayOf(day);
  return UNKNOWN_DAY | (weekday !== 0 && weekday !== 6 ? WORKING_DAY : 0);
}
