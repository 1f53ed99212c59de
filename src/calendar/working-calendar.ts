import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarFile } from './calendar-file.js';
import { dayNumberOf, weekdayOf, yearOf, type DayNumber } from './local-date.js';
import { cnProvisionalCalendar, type ProvisionalCalendar } from './provisional-calendar.js';
import { mergeCalendarFiles } from './merge-calendar-files.js';

/**
 * Which local dates are working days. `isWorkingDay` answers from official data, `undefined` for
 * a date it has none for; `provisional` then answers for years whose schedule is not published
 * yet, and past both, day counting falls back to Monday–Friday and says so in a warning.
 *
 * @example
 * const triage = createTriage({ calendar: chineseWorkingCalendar() }); // the default
 */
export interface WorkingCalendar {
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  isWorkingDay(day: DayNumber): boolean | undefined;
  /** The statutory days of years without official data (optional). */
  readonly provisional?: ProvisionalCalendar;
}

/**
 * Options for {@link createWorkingCalendar}.
 *
 * @example
 * const options: CreateWorkingCalendarOptions = { name: 'acme', firstYear: 2026, lastYear: 2026, holidays: ['2026-10-01'], workdays: ['2026-10-10'] };
 */
export interface CreateWorkingCalendarOptions {
  name: string;
  firstYear: number;
  lastYear: number;
  /** Official holidays (ISO dates), including weekend days inside a holiday block. */
  holidays: readonly string[];
  /** Make-up working days (调休) that fall on a weekend. */
  workdays: readonly string[];
  /** Answers for years outside firstYear–lastYear without official data. Default: none. */
  provisional?: ProvisionalCalendar;
}

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
  const options = input as CreateWorkingCalendarOptions;
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
  if (chinese) return chinese;
  const holidays = Object.keys(chineseDays.holidays);
  const workdays = Object.keys(chineseDays.workdays);
  const years = holidays.map((d) => Number(d.slice(0, 4)));
  chinese = createWorkingCalendar({
    name: 'cn-mainland (chinese-days)',
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    holidays,
    workdays,
    provisional: cnProvisionalCalendar(),
  });
  return chinese;
}

export { addWorkingDays, countWorkingDays, type WorkingDayResult } from './working-day-arithmetic.js';
