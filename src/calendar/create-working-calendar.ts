import type { CalendarFile } from './calendar-file.js';
import { calendarFromLists } from './calendar-from-lists.js';
import { chineseWorkingCalendar } from './chinese-working-calendar.js';
import { mergeCalendarFiles } from './merge-calendar-files.js';
import type { CreateWorkingCalendarOptions, WorkingCalendar } from './working-calendar-types.js';

function isCalendarFileInput(input: unknown): input is unknown[] | { kind: 'calendar' } {
  if (Array.isArray(input)) return true;
  return typeof input === 'object' && input !== null && (input as { kind?: unknown }).kind === 'calendar';
}

/**
 * Builds a working-day calendar, either from holiday and make-up-day lists, or from one or more
 * calendar files (the format in the README's calendar section) merged over the bundled years of
 * {@link chineseWorkingCalendar}: a year in a file replaces that year, a later file an earlier one.
 * An invalid file throws an `InvalidCalendarError` whose `issues` name path, expected and found.
 *
 * @example
 * const cal = createWorkingCalendar({
 *   name: 'acme', firstYear: 2026, lastYear: 2026, holidays: ['2026-10-01'], workdays: [],
 * });
 * const with2027 = createWorkingCalendar(JSON.parse(text2027)); // kind: "calendar"
 */
export function createWorkingCalendar(
  input: CreateWorkingCalendarOptions | CalendarFile | readonly CalendarFile[],
): WorkingCalendar {
  if (isCalendarFileInput(input)) {
    return mergeCalendarFiles(chineseWorkingCalendar(), Array.isArray(input) ? input : [input]);
  }
  return calendarFromLists(input as CreateWorkingCalendarOptions);
}
