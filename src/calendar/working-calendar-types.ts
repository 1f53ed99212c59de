import type { DayNumber } from './local-date.js';
import type { ProvisionalCalendar } from './provisional-calendar.js';

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
 * const options: CreateWorkingCalendarOptions = {
 *   name: 'acme', firstYear: 2026, lastYear: 2026, holidays: ['2026-10-01'], workdays: ['2026-10-10'],
 * };
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
