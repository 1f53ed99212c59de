import { describe, expect, it } from 'vitest';
import { dayNumberOf, weekdayOf, type DayNumber } from '../../src/calendar/local-date.js';
import { addWorkingDays, chineseWorkingCalendar, countWorkingDays, createWorkingCalendar, type WorkingCalendar } from '../../src/calendar/working-calendar.js';
import { createRandom } from '../../scripts/generate-cases.mjs';

// Day-by-day answers straight from the calendar: what the running totals must reproduce.
function isWorkingByHand(calendar: WorkingCalendar, day: DayNumber, flag: { outside: boolean }): boolean {
  const known = calendar.isWorkingDay(day);
  if (known !== undefined) return known;
  flag.outside = true;
  return weekdayOf(day) !== 0 && weekdayOf(day) !== 6;
}

function countByHand(calendar: WorkingCalendar, from: DayNumber, to: DayNumber) {
  const flag = { outside: false };
  const [lo, hi] = to >= from ? [from, to] : [to, from];
  let count = 0;
  for (let d = lo + 1; d <= hi; d += 1) if (isWorkingByHand(calendar, d, flag)) count += 1;
  return { day: to, count: (to >= from ? 1 : -1) * count, outsideCalendar: flag.outside };
}

function addByHand(calendar: WorkingCalendar, day: DayNumber, n: number) {
  const flag = { outside: false };
  let current = day;
  if (n === 0) {
    while (!isWorkingByHand(calendar, current, flag)) current += 1;
    return { day: current, outsideCalendar: flag.outside };
  }
  for (let left = n; left > 0; ) {
    current += 1;
    if (isWorkingByHand(calendar, current, flag)) left -= 1;
  }
  return { day: current, outsideCalendar: flag.outside };
}

const calendars: Array<[string, WorkingCalendar]> = [
  ['the Chinese calendar', chineseWorkingCalendar()],
  ['a one-year calendar', createWorkingCalendar({ name: 'acme', firstYear: 2026, lastYear: 2026, holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] })],
  ['a calendar without an index', { name: 'odd', firstYear: 1, lastYear: 9999, isWorkingDay: (day: DayNumber) => (day % 3 === 0 ? undefined : day % 7 !== 2) }],
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
        expect(countWorkingDays(calendar, from, to)).toEqual(countByHand(calendar, from, to));
        const n = rnd.int(0, 60);
        expect(addWorkingDays(calendar, from, n)).toEqual(addByHand(calendar, from, n));
      }
    });
  }
});
