import type { CalendarKind, ClockSide } from './clock-side.js';
import { dayNumberOf, yearOf, type DayNumber } from './local-date.js';
import { dayBitsFor, PROVISIONAL_DAY, UNKNOWN_DAY, WORKING_DAY } from './resolve-day.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingDayIndexOf, type WorkingDayIndex } from './working-day-index.js';

/**
 * Result of working-day arithmetic: the day; which data the days looked at came from (the weakest
 * of them: `weekdays`, then `provisional`); the provisional years among them; `outsideCalendar`
 * when Monday–Friday was counted for some day.
 */
export interface WorkingDayResult {
  day: DayNumber;
  outsideCalendar: boolean;
  calendar: CalendarKind;
  provisionalYears: readonly number[];
}

const NONE: readonly number[] = Object.freeze([]);

/** Collects what the days looked at were counted with. */
class SpanNotes {
  unknown = false;
  years: Set<number> | undefined;
  note(day: DayNumber, bits: number): void {
    if (bits & UNKNOWN_DAY) this.unknown = true;
    if (bits & PROVISIONAL_DAY) (this.years ??= new Set()).add(yearOf(day));
  }
  result(day: DayNumber): WorkingDayResult {
    const provisionalYears = this.years ? [...this.years].sort((a, b) => a - b) : NONE;
    const calendar: CalendarKind = this.unknown ? 'weekdays' : provisionalYears.length > 0 ? 'provisional' : 'official';
    return { day, outsideCalendar: this.unknown, calendar, provisionalYears };
  }
}

function bitsOf(calendar: WorkingCalendar, index: WorkingDayIndex | null, day: DayNumber, side: ClockSide): number {
  if (index === null || day < index.first || day > index.last) return dayBitsFor(calendar, day, side);
  return index.status[day - index.first]!;
}

/**
 * The `n`-th working day after `day` (the start day itself does not count) for a clock of `side`.
 * With `n = 0`, `day` itself when it is a working day, otherwise the next working day.
 *
 * @example
 * addWorkingDays(chineseWorkingCalendar(), dayNumberOf('2026-12-28'), 5, 'merchant').calendar; // 'provisional'
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  day: DayNumber,
  n: number,
  side: ClockSide = 'merchant',
): WorkingDayResult {
  const index = workingDayIndexOf(calendar, side);
  const notes = new SpanNotes();
  const working = (d: DayNumber): boolean => {
    const bits = bitsOf(calendar, index, d, side);
    notes.note(d, bits);
    return (bits & WORKING_DAY) !== 0;
  };
  let current = day;
  if (n === 0) {
    while (!working(current)) current += 1;
    return notes.result(current);
  }
  for (let left = n; left > 0; ) {
    current += 1;
    if (working(current)) left -= 1;
  }
  return notes.result(current);
}

/**
 * Working days in (from, to] for a clock of `side`; negative when `to` is before `from`.
 *
 * @example
 * const cal = chineseWorkingCalendar();
 * countWorkingDays(cal, dayNumberOf('2026-09-30'), dayNumberOf('2026-10-12'), 'counterparty').count; // 4
 */
export function countWorkingDays(
  calendar: WorkingCalendar,
  from: DayNumber,
  to: DayNumber,
  side: ClockSide = 'counterparty',
): WorkingDayResult & { count: number } {
  const sign = to >= from ? 1 : -1;
  const [lo, hi] = sign > 0 ? [from, to] : [to, from];
  const index = workingDayIndexOf(calendar, side);
  if (index !== null && lo >= index.first && hi <= index.last) {
    const a = lo - index.first;
    const b = hi - index.first;
    const count = sign * (index.working[b]! - index.working[a]!);
    const outsideCalendar = index.unknown[b]! - index.unknown[a]! > 0;
    if (index.provisional[b]! - index.provisional[a]! === 0) {
      const kind: CalendarKind = outsideCalendar ? 'weekdays' : 'official';
      return { day: to, count, outsideCalendar, calendar: kind, provisionalYears: NONE };
    }
    const notes = new SpanNotes();
    notes.unknown = outsideCalendar;
    for (let year = yearOf(lo + 1), end = yearOf(hi); year <= end; year += 1) {
      if (provisionalIn(index, lo, hi, year)) (notes.years ??= new Set()).add(year);
    }
    return { ...notes.result(to), count };
  }
  const notes = new SpanNotes();
  let count = 0;
  for (let d = lo + 1; d <= hi; d += 1) {
    const bits = dayBitsFor(calendar, d, side);
    notes.note(d, bits);
    if (bits & WORKING_DAY) count += 1;
  }
  return { ...notes.result(to), count: sign * count };
}

/** Whether the index holds a provisional day of `year` inside (lo, hi]. */
function provisionalIn(index: WorkingDayIndex, lo: DayNumber, hi: DayNumber, year: number): boolean {
  const start = Math.max(lo, dayNumberOf(`${year}-01-01`) - 1) - index.first;
  const end = Math.min(hi, dayNumberOf(`${year}-12-31`)) - index.first;
  return end > start && index.provisional[end]! - index.provisional[start]! > 0;
}
