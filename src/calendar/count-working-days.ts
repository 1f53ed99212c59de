import type { CalendarKind, ClockSide } from './clock-side.js';
import { dayNumberOf, yearOf, type DayNumber } from './local-date.js';
import { dayBitsFor, WORKING_DAY } from './resolve-day.js';
import type { WorkingCalendar } from './working-calendar-types.js';
import { workingDayIndexOf, type WorkingDayIndex } from './working-day-index.js';
import { NO_YEARS, SpanNotes, type WorkingDayResult } from './working-day-result.js';

/** Whether the index holds a provisional day of `year` inside (lo, hi]. */
function provisionalIn(index: WorkingDayIndex, lo: DayNumber, hi: DayNumber, year: number): boolean {
  const start = Math.max(lo, dayNumberOf(`${year}-01-01`) - 1) - index.first;
  const end = Math.min(hi, dayNumberOf(`${year}-12-31`)) - index.first;
  return end > start && index.provisional[end]! - index.provisional[start]! > 0;
}

/** Working days in (lo, hi] read from the index's running totals (both days inside it). */
function countIndexed(
  index: WorkingDayIndex,
  lo: DayNumber,
  hi: DayNumber,
  to: DayNumber,
  sign: number,
): WorkingDayResult & { count: number } {
  const a = lo - index.first;
  const b = hi - index.first;
  const count = sign * (index.working[b]! - index.working[a]!);
  const outsideCalendar = index.unknown[b]! - index.unknown[a]! > 0;
  if (index.provisional[b]! - index.provisional[a]! === 0) {
    const kind: CalendarKind = outsideCalendar ? 'weekdays' : 'official';
    return { day: to, count, outsideCalendar, calendar: kind, provisionalYears: NO_YEARS };
  }
  const notes = new SpanNotes();
  notes.unknown = outsideCalendar;
  for (let year = yearOf(lo + 1), end = yearOf(hi); year <= end; year += 1) {
    if (provisionalIn(index, lo, hi, year)) notes.addYear(year);
  }
  return { ...notes.result(to), count };
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
  if (index !== null && lo >= index.first && hi <= index.last) return countIndexed(index, lo, hi, to, sign);
  const notes = new SpanNotes();
  let count = 0;
  for (let d = lo + 1; d <= hi; d += 1) {
    const bits = dayBitsFor(calendar, d, side);
    notes.note(d, bits);
    if (bits & WORKING_DAY) count += 1;
  }
  return { ...notes.result(to), count: sign * count };
}
