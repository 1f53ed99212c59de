import type { ClockSide } from './clock-side.js';
import { dayNumberOf, type DayNumber } from './local-date.js';
import { dayBitsFor, PROVISIONAL_DAY, UNKNOWN_DAY, WORKING_DAY } from './resolve-day.js';
import type { WorkingCalendar } from './working-calendar-types.js';

// Running totals of a calendar's working days for one clock side, so counting the working days
// between two dates is two array reads instead of a walk over every day. Built once per calendar
// and side from `dayBitsFor` (so any calendar gets exactly its own answers back), over its
// official and provisional years and a margin on both sides; days outside the index fall back to
// asking day by day.

const MARGIN_YEARS = 5;
const MAX_YEARS = 400;

export interface WorkingDayIndex {
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** WORKING_DAY | UNKNOWN_DAY | PROVISIONAL_DAY bits per day from `first`. */
  readonly status: Uint8Array;
  /** Working days in [first, first + i]. */
  readonly working: Int32Array;
  /** Days without an answer in [first, first + i]. */
  readonly unknown: Int32Array;
  /** Provisional days in [first, first + i]. */
  readonly provisional: Int32Array;
}

const indexes = new WeakMap<WorkingCalendar, Partial<Record<ClockSide, WorkingDayIndex | null>>>();

function buildIndex(calendar: WorkingCalendar, side: ClockSide): WorkingDayIndex | null {
  const { provisional: layer } = calendar;
  const firstYear = Math.min(calendar.firstYear, layer?.firstYear ?? Infinity);
  const lastYear = Math.max(calendar.lastYear, layer?.lastYear ?? -Infinity);
  if (
    !Number.isInteger(firstYear) ||
    !Number.isInteger(lastYear) ||
    lastYear < firstYear ||
    lastYear - firstYear + 2 * MARGIN_YEARS > MAX_YEARS
  )
    return null;
  const startYear = firstYear - MARGIN_YEARS;
  const endYear = lastYear + MARGIN_YEARS;
  if (startYear < 1000 || endYear > 9999) return null;
  const first = dayNumberOf(`${startYear}-01-01`);
  const size = dayNumberOf(`${endYear}-12-31`) - first + 1;
  const status = new Uint8Array(size);
  const working = new Int32Array(size);
  const unknown = new Int32Array(size);
  const provisional = new Int32Array(size);
  let w = 0;
  let u = 0;
  let p = 0;
  for (let i = 0; i < size; i += 1) {
    const bits = dayBitsFor(calendar, first + i, side);
    status[i] = bits;
    if (bits & WORKING_DAY) w += 1;
    if (bits & UNKNOWN_DAY) u += 1;
    if (bits & PROVISIONAL_DAY) p += 1;
    working[i] = w;
    unknown[i] = u;
    provisional[i] = p;
  }
  return { first, last: first + size - 1, status, working, unknown, provisional };
}

/** The calendar's index for `side`, built on first use; `null` for a calendar too wide to index. */
export function workingDayIndexOf(calendar: WorkingCalendar, side: ClockSide): WorkingDayIndex | null {
  let bySide = indexes.get(calendar);
  if (!bySide) {
    bySide = {};
    indexes.set(calendar, bySide);
  }
  let index = bySide[side];
  if (index === undefined) {
    index = buildIndex(calendar, side);
    bySide[side] = index;
  }
  return index;
}
