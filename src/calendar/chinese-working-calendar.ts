import { calendarFromLists } from './calendar-from-lists.js';
import { chineseDaysLists } from './chinese-days-data.js';
import { cnProvisionalCalendar } from './provisional-calendar.js';
import type { WorkingCalendar } from './working-calendar-types.js';

let chinese: WorkingCalendar | undefined;

/**
 * Mainland China's working days: weekends off, official holidays off, make-up working weekends
 * (调休) on, for every year the `chinese-days` data covers; after those, the provisional calendar
 * of statutory days (`rules/calendar/cn-provisional.json`).
 *
 * @example
 * const cal = chineseWorkingCalendar();
 * cal.isWorkingDay(dayNumberOf('2026-10-10')); // true: a make-up Saturday
 */
export function chineseWorkingCalendar(): WorkingCalendar {
  chinese ??= calendarFromLists({ ...chineseDaysLists(), provisional: cnProvisionalCalendar() });
  return chinese;
}
