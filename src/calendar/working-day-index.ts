import { dayNumberOf, weekdayOf, type DayNumber } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

// Running totals of a calendar's working days, so counting the working days between two dates is
// two array reads instead of a walk over every day. Built once per calendar from its own
// `isWorkingDay` answers (so any calendar gets exactly its own answers back), over its years and a
// margin on both sides; days outside the index fall back to asking the calendar day by day.

/** Day kinds in `status`. */
const WORKING = 1;
/** The calendar had no answer: Monday–Friday counted instead. */
const UNKNOWN = 2;

const MARGIN_YEARS = 5;
const MAX_YEARS = 400;

export interface WorkingDayIndex {
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** WORKING | UNKNOWN bits per day from `first`. */
  readonly status: Uint8Array;
  /** Working days in [first, first + i]. */
  readonly working: Int32Array;
  /** Days without an answer in [first, first + i]. */
  readonly unknown: Int32Array;
}

const indexes = new WeakMap<WorkingCalendar, WorkingDayIndex | null>();

function buildIndex(calendar: WorkingCalendar): WorkingDayIndex | null {
  const { firstYear, lastYear } = calendar;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || lastYear < firstYear || lastYear - firstYear + 2 * MARGIN_YEARS > MAX_YEARS) return null;
  const startYear = firstYear - MARGIN_YEARS;
  const endYear = lastYear + MARGIN_YEARS;
  if (startYear < 1000 || endYear > 9999) return null;
  const first = dayNumberOf(`${startYear}-01-01`);
  const last = dayNumberOf(`${endYear}-12-31`);
  const size = last - first + 1;
  const status = new Uint8Array(size);
  const working = new Int32Array(size);
  const unknown = new Int32Array(size);
  let w = 0;
  let u = 0;
  for (let i = 0; i < size; i += 1) {
    const day = first + i;
    const known = calendar.isWorkingDay(day);
    let kind: number;
    if (known === undefined) {
      const weekday = weekdayOf(day);
      kind = UNKNOWN | (weekday !== 0 && weekday !== 6 ? WORKING : 0);
    } else kind = known ? WORKING : 0;
    status[i] = kind;
    if (kind & WORKING) w += 1;
    if (kind & UNKNOWN) u += 1;
    working[i] = w;
    unknown[i] = u;
  }
  return { first, last, status, working, unknown };
}

/** The calendar's index, built on first use; `null` for a calendar too wide to index. */
export function workingDayIndexOf(calendar: WorkingCalendar): WorkingDayIndex | null {
  let index = indexes.get(calendar);
  if (index === undefined) {
    index = buildIndex(calendar);
    indexes.set(calendar, index);
  }
  return index;
}

export { UNKNOWN as UNKNOWN_DAY, WORKING as WORKING_DAY };
