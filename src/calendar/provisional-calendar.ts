import table from '../../rules/calendar/cn-provisional.json';
import { dayNumberOf, weekdayOf, yearOf, type DayNumber } from './local-date.js';

/**
 * A day of a year without a published schedule: `off` (a statutory day or an ordinary weekend day),
 * `working`, `maybe_working` (a weekend day near a holiday that may become a make-up working day) or
 * `maybe_off` (a weekday next to a holiday that may join its break).
 */
export type ProvisionalStatus = 'working' | 'off' | 'maybe_working' | 'maybe_off';

/**
 * The statutory days of years whose holiday schedule is not published (yet), with the days the
 * schedule may still change.
 *
 * @example
 * const status = cnProvisionalCalendar().statusOf(dayNumberOf('2027-01-01')); // 'off'
 */
export interface ProvisionalCalendar {
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** `undefined` outside `firstYear`–`lastYear`. */
  statusOf(day: DayNumber): ProvisionalStatus | undefined;
}

/** One year of the generated table (dates `MM-DD`). */
export interface ProvisionalYear {
  holidays: readonly string[];
  maybeWorkdays: readonly string[];
  maybeHolidays: readonly string[];
}

/**
 * Builds a provisional calendar from a per-year table such as `rules/calendar/cn-provisional.json`.
 *
 * @example
 * const cal = createProvisionalCalendar('cn', { 2027: { holidays: ['01-01'], maybeWorkdays: [], maybeHolidays: [] } });
 */
export function createProvisionalCalendar(
  name: string,
  years: Readonly<Record<string, ProvisionalYear>>,
): ProvisionalCalendar {
  const status = new Map<DayNumber, ProvisionalStatus>();
  const numbers = Object.keys(years).map(Number);
  for (const [year, data] of Object.entries(years)) {
    const mark = (dates: readonly string[], kind: ProvisionalStatus) => {
      for (const date of dates) status.set(dayNumberOf(`${year}-${date}`), kind);
    };
    mark(data.maybeWorkdays, 'maybe_working');
    mark(data.maybeHolidays, 'maybe_off');
    mark(data.holidays, 'off');
  }
  const firstYear = Math.min(...numbers);
  const lastYear = Math.max(...numbers);
  return {
    name,
    firstYear,
    lastYear,
    statusOf(day) {
      const year = yearOf(day);
      if (year < firstYear || year > lastYear) return undefined;
      const known = status.get(day);
      if (known !== undefined) return known;
      const weekday = weekdayOf(day);
      return weekday === 0 || weekday === 6 ? 'off' : 'working';
    },
  };
}

let bundled: ProvisionalCalendar | undefined;

/**
 * Mainland China's statutory holidays for the years the bundled table covers (generated at build
 * time from the lunar calendar; see the README's calendar section).
 *
 * @example
 * cnProvisionalCalendar().statusOf(dayNumberOf('2027-02-06')); // 'off': 正月初一
 */
export function cnProvisionalCalendar(): ProvisionalCalendar {
  bundled ??= createProvisionalCalendar(`${table.name} (provisional)`, table.years);
  return bundled;
}
