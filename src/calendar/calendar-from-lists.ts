import { dayNumberOf, weekdayOf, yearOf } from './local-date.js';
import type { CreateWorkingCalendarOptions, WorkingCalendar } from './working-calendar-types.js';

/**
 * A working-day calendar from holiday and make-up-day lists: inside firstYear–lastYear a make-up
 * day works, a holiday does not, any other day works Monday–Friday; outside, no answer.
 *
 * @example
 * const cal = calendarFromLists({
 *   name: 'acme', firstYear: 2026, lastYear: 2026, holidays: ['2026-10-01'], workdays: [],
 * });
 * cal.isWorkingDay(dayNumberOf('2026-10-01')); // false
 */
export function calendarFromLists(options: CreateWorkingCalendarOptions): WorkingCalendar {
  const holidays = new Set(options.holidays.map(dayNumberOf));
  const workdays = new Set(options.workdays.map(dayNumberOf));
  const { firstYear, lastYear, name, provisional } = options;
  return {
    name,
    firstYear,
    lastYear,
    ...(provisional ? { provisional } : {}),
    isWorkingDay(day) {
      const year = yearOf(day);
      if (year < firstYear || year > lastYear) return undefined;
      if (workdays.has(day)) return true;
      if (holidays.has(day)) return false;
      const weekday = weekdayOf(day);
      return weekday !== 0 && weekday !== 6;
    },
  };
}
