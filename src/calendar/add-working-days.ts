import type { ClockSide } from './clock-side.js';
import type { DayNumber } from './local-date.js';
import { dayBitsFor, WORKING_DAY } from './resolve-day.js';
import type { WorkingCalendar } from './working-calendar-types.js';
import { workingDayIndexOf, type WorkingDayIndex } from './working-day-index.js';
import { SpanNotes, type WorkingDayResult } from './working-day-result.js';

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
