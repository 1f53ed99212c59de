import type { CalendarKind } from './clock-side.js';
import { yearOf, type DayNumber } from './local-date.js';
import { PROVISIONAL_DAY, UNKNOWN_DAY } from './resolve-day.js';

/**
 * Result of working-day arithmetic: the day; which data the days looked at came from (the weakest
 * of them: `weekdays`, then `provisional`); the provisional years among them; `outsideCalendar`
 * when Monday–Friday was counted for some day.
 *
 * @example
 * const result: WorkingDayResult = { day, outsideCalendar: false, calendar: 'official', provisionalYears: [] };
 */
export interface WorkingDayResult {
  day: DayNumber;
  outsideCalendar: boolean;
  calendar: CalendarKind;
  provisionalYears: readonly number[];
}

/** No provisional years (shared, frozen). */
export const NO_YEARS: readonly number[] = Object.freeze([]);

/**
 * Collects what the days looked at were counted with, then states it as a {@link WorkingDayResult}.
 *
 * @example
 * const notes = new SpanNotes();
 * notes.note(day, dayBitsFor(calendar, day, 'merchant'));
 * notes.result(day).calendar; // 'official', 'provisional' or 'weekdays'
 */
export class SpanNotes {
  unknown = false;
  years: Set<number> | undefined;
  /** Notes one day's WORKING_DAY | UNKNOWN_DAY | PROVISIONAL_DAY bits. */
  note(day: DayNumber, bits: number): void {
    if (bits & UNKNOWN_DAY) this.unknown = true;
    if (bits & PROVISIONAL_DAY) this.addYear(yearOf(day));
  }
  /** Notes a provisional year. */
  addYear(year: number): void {
    this.years ??= new Set();
    this.years.add(year);
  }
  /** The result for `day` with what was noted. */
  result(day: DayNumber): WorkingDayResult {
    const provisionalYears = this.years ? [...this.years].sort((a, b) => a - b) : NO_YEARS;
    const calendar: CalendarKind = this.unknown ? 'weekdays' : provisionalYears.length > 0 ? 'provisional' : 'official';
    return { day, outsideCalendar: this.unknown, calendar, provisionalYears };
  }
}
