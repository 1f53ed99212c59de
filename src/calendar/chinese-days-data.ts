import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CreateWorkingCalendarOptions } from './working-calendar-types.js';

/**
 * Mainland China's official schedule as the `chinese-days` package publishes it, as calendar
 * lists: holidays (weekend days inside a holiday block included), make-up working weekends (调休)
 * and the years the data covers. Read on each call; {@link chineseWorkingCalendar} keeps one.
 *
 * @example
 * chineseDaysLists().workdays.includes('2026-10-10'); // true
 */
export function chineseDaysLists(): Omit<CreateWorkingCalendarOptions, 'provisional'> {
  const holidays = Object.keys(chineseDays.holidays);
  const years = holidays.map((d) => Number(d.slice(0, 4)));
  return {
    name: 'cn-mainland (chinese-days)',
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    holidays,
    workdays: Object.keys(chineseDays.workdays),
  };
}
