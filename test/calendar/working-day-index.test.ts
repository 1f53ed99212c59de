import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoDateOf, weekdayOf, type DayNumber } from '../../src/calendar/local-date.js';
import {
  addWorkingDays,
  chineseWorkingCalendar,
  countWorkingDays,
  createWorkingCalendar,
  type WorkingCalendar,
} from '../../src/calendar/working-calendar.js';
import { cnProvisionalCalendar } from '../../src/calendar/provisional-calendar.js';
import { createRandom } from '../../scripts/generate-cases.mjs';

// Day-by-day answers straight from the calendar: what the running totals must reproduce.
type Side = 'merchant' | 'counterparty';
interface Flag {
  outside: boolean;
  years: Set<number>;
}
function isWorkingByHand(calendar: WorkingCalendar, day: DayNumber, side: Side, flag: Flag): boolean {
  const known = calendar.isWorkingDay(day);
  if (known !== undefined) return known;
  const provisional = calendar.provisional?.statusOf(day);
  if (provisional !== undefined) {
    flag.years.add(Number(isoDateOf(day).slice(0, 4)));
    if (provisional === 'working' || provisional === 'off') return provisional === 'working';
    return side === 'merchant';
  }
  flag.outside = true;
  return weekdayOf(day) !== 0 && weekdayOf(day) !== 6;
}

function summary(flag: Flag) {
  const provisionalYears = [...flag.years].sort((a, b) => a - b);
  const calendar = flag.outside ? 'weekdays' : provisionalYears.length > 0 ? 'provisional' : 'official';
  return { outsideCalendar: flag.outside, calendar, provisionalYears };
}

function countByHand(calendar: WorkingCalendar, from: DayNumber, to: DayNumber, side: Side) {
  const flag: Flag = { outside: false, years: new Set() };
  const [lo, hi] = to >= from ? [from, to] : [to, from];
  let count = 0;
  for (let d = lo + 1; d <= hi; d += 1) if (isWorkingByHand(calendar, d, side, flag)) count += 1;
  return { day: to, count: (to >= from ? 1 : -1) * count, ...summary(flag) };
}

function addByHand(calendar: WorkingCalendar, day: DayNumber, n: number, side: Side) {
  const flag: Flag = { outside: false, years: new Set() };
  let current = day;
  if (n === 0) {
    while (!isWorkingByHand(calendar, current, side, flag)) current += 1;
    return { day: current, ...summary(flag) };
  }
  for (let left = n; left > 0; ) {
    current += 1;
    if (isWorkingByHand(calendar, current, side, flag)) left -= 1;
  }
  return { day: current, ...summary(flag) };
}

const calendars: Array<[string, WorkingCalendar]> = [
  ['the Chinese calendar', chineseWorkingCalendar()],
  [
    'a one-year calendar',
    createWorkingCalendar({
      name: 'acme',
      firstYear: 2026,
      lastYear: 2026,
      holidays: ['2026-10-01', '2026-10-02'],
      workdays: ['2026-10-10'],
    }),
  ],
  [
    'a one-year calendar with the provisional years after it',
    createWorkingCalendar({
      name: 'acme',
      firstYear: 2026,
      lastYear: 2026,
      holidays: ['2026-10-01'],
      workdays: [],
      provisional: cnProvisionalCalendar(),
    }),
  ],
  [
    'a calendar without an index',
    {
      name: 'odd',
      firstYear: 1,
      lastYear: 9999,
      isWorkingDay: (day: DayNumber) => (day % 3 === 0 ? undefined : day % 7 !== 2),
    },
  ],
];

describe('working-day running totals', () => {
  for (const [name, calendar] of calendars) {
    it(`count and add working days in ${name} exactly as a day-by-day walk, inside and outside its years`, () => {
      const rnd = createRandom(5);
      const lo = dayNumberOf('1990-01-01');
      const hi = dayNumberOf('2040-12-31');
      for (let i = 0; i < 2_000; i += 1) {
        const from = rnd.int(lo, hi);
        const to = rnd.chance(0.97) ? from + rnd.int(-400, 400) : rnd.int(lo, hi);
        const side: Side = rnd.chance(0.5) ? 'merchant' : 'counterparty';
        expect(countWorkingDays(calendar, from, to, side)).toEqual(countByHand(calendar, from, to, side));
        const n = rnd.int(0, 60);
        expect(addWorkingDays(calendar, from, n, side)).toEqual(addByHand(calendar, from, n, side));
      }
    });
  }
});
