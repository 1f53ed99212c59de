import chineseDays from 'chinese-days/dist/chinese-days.json';
import { dayNumberOf, weekdayOf, yearOf, type DayNumber } from './local-date.js';
import { UNKNOWN_DAY, WORKING_DAY, workingDayIndexOf } from './working-day-index.js';

/**
 * Which local dates are working days. `isWorkingDay` answers `undefined` for a date the calendar
 * has no data for; day counting then falls back to Monday–Friday and says so in a warning.
 *
 * @example
 * const triage = createTriage({ calendar: chineseWorkingCalendar() }); // the default
 */
export interface WorkingCalendar {
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  isWorkingDay(day: DayNumber): boolean | undefined;
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
}

/**
 * Builds a working-day calendar from holiday and make-up-day lists.
 *
 * @example
 * const cal = createWorkingCalendar({ name: 'acme', firstYear: 2026, lastYear: 2026, holidays: ['2026-10-01'], workdays: [] });
 */
export function createWorkingCalendar(options: CreateWorkingCalendarOptions): WorkingCalendar {
  const holidays = new Set(options.holidays.map(dayNumberOf));
  const workdays = new Set(options.workdays.map(dayNumberOf));
  const { firstYear, lastYear, name } = options;
  return {
    name,
    firstYear,
    lastYear,
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
 * (调休) on, for every year the `chinese-days` data covers.
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
  });
  return chinese;
}

/** Result of working-day arithmetic: the day, and whether any day used fell outside the calendar. */
export interface WorkingDayResult {
  day: DayNumber;
  outsideCalendar: boolean;
}

function isWorking(calendar: WorkingCalendar, day: DayNumber, flag: { outside: boolean }): boolean {
  const known = calendar.isWorkingDay(day);
  if (known !== undefined) return known;
  flag.outside = true;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The `n`-th working day after `day` (the start day itself does not count). With `n = 0`, `day`
 * itself when it is a working day, otherwise the next working day.
 */
export function addWorkingDays(calendar: WorkingCalendar, day: DayNumber, n: number): WorkingDayResult {
  const flag = { outside: false };
  const index = workingDayIndexOf(calendar);
  const working = (d: DayNumber): boolean => {
    if (index === null || d < index.first || d > index.last) return isWorking(calendar, d, flag);
    const kind = index.status[d - index.first]!;
    if (kind & UNKNOWN_DAY) flag.outside = true;
    return (kind & WORKING_DAY) !== 0;
  };
  let current = day;
  if (n === 0) {
    while (!working(current)) current += 1;
    return { day: current, outsideCalendar: flag.outside };
  }
  let left = n;
  while (left > 0) {
    current += 1;
    if (working(current)) left -= 1;
  }
  return { day: current, outsideCalendar: flag.outside };
}

/** Working days in (from, to]; negative when `to` is before `from`. */
export function countWorkingDays(calendar: WorkingCalendar, from: DayNumber, to: DayNumber): WorkingDayResult & { count: number } {
  const flag = { outside: false };
  const sign = to >= from ? 1 : -1;
  const [lo, hi] = sign > 0 ? [from, to] : [to, from];
  const index = workingDayIndexOf(calendar);
  if (index !== null && lo >= index.first && hi <= index.last) {
    const a = lo - index.first;
    const b = hi - index.first;
    return { day: to, count: sign * (index.working[b]! - index.working[a]!), outsideCalendar: index.unknown[b]! - index.unknown[a]! > 0 };
  }
  let count = 0;
  for (let d = lo + 1; d <= hi; d += 1) if (isWorking(calendar, d, flag)) count += 1;
  return { day: to, count: sign * count, outsideCalendar: flag.outside };
}
