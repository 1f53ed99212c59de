import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { LunarDay, SolarTerm } from 'tyme4ts';
import table from '../../rules/calendar/cn-provisional.json';

// The table is generated with lunar-javascript (scripts/generate-provisional-calendar.mjs); here
// every year is recomputed with a second library, tyme4ts, from the rule in research.md §10.1 and
// the windows the table records.

const DAY = 86_400_000;
type Holiday = keyof typeof table.windows.bridge;

function msOf(day: { getYear(): number; getMonth(): number; getDay(): number }): number {
  return Date.UTC(day.getYear(), day.getMonth() - 1, day.getDay());
}

function statutory(y: number): Record<Holiday, number[]> {
  const newYear = msOf(LunarDay.fromYmd(y, 1, 1).getSolarDay());
  return {
    new_year: [Date.UTC(y, 0, 1)],
    spring_festival: [newYear - DAY, newYear, newYear + DAY, newYear + 2 * DAY],
    qingming: [msOf(SolarTerm.fromName(y, '清明').getJulianDay().getSolarDay())],
    labour_day: [Date.UTC(y, 4, 1), Date.UTC(y, 4, 2)],
    dragon_boat: [msOf(LunarDay.fromYmd(y, 5, 5).getSolarDay())],
    mid_autumn: [msOf(LunarDay.fromYmd(y, 8, 15).getSolarDay())],
    national_day: [Date.UTC(y, 9, 1), Date.UTC(y, 9, 2), Date.UTC(y, 9, 3)],
  };
}

const weekend = (ms: number) => [0, 6].includes(new Date(ms).getUTCDay());
const years = Object.keys(table.years).map(Number);
const all = [years[0]! - 1, ...years, years.at(-1)! + 1].map(statutory);
const holidays = new Set(all.flatMap((byHoliday) => Object.values(byHoliday).flat()));

function expectedYear(y: number) {
  const maybeWorkdays = new Set<number>();
  const maybeHolidays = new Set<number>();
  for (const byHoliday of all) {
    for (const [name, days] of Object.entries(byHoliday) as Array<[Holiday, number[]]>) {
      const { before, after } = table.windows.bridge[name];
      for (const d of days) {
        for (let k = -table.windows.makeupDays; k <= table.windows.makeupDays; k += 1) {
          if (weekend(d + k * DAY) && !holidays.has(d + k * DAY)) maybeWorkdays.add(d + k * DAY);
        }
        for (let k = -before; k <= after; k += 1)
          if (!weekend(d + k * DAY) && !holidays.has(d + k * DAY)) maybeHolidays.add(d + k * DAY);
      }
    }
  }
  const inYear = (set: Set<number>) =>
    [...set]
      .filter((d) => new Date(d).getUTCFullYear() === y)
      .sort((a, b) => a - b)
      .map((d) => new Date(d).toISOString().slice(5, 10));
  return { holidays: inYear(holidays), maybeWorkdays: inYear(maybeWorkdays), maybeHolidays: inYear(maybeHolidays) };
}

describe('the provisional calendar table (rules/calendar/cn-provisional.json)', () => {
  it('covers every year from 2025 through at least 2035, with the 13 statutory days each', () => {
    expect(years[0]).toBe(2025);
    expect(years.at(-1)).toBeGreaterThanOrEqual(2035);
    for (const y of years) {
      const byHoliday = statutory(y);
      // 13 days, one fewer where 中秋 falls on a 国庆 day (2028: 10-03, research.md §10.5).
      const shared = byHoliday.national_day.includes(byHoliday.mid_autumn[0]!) ? 1 : 0;
      if (y === 2028) expect(shared).toBe(1);
      expect(new Set(Object.values(byHoliday).flat()).size).toBe(13 - shared);
    }
  });

  for (const y of years) {
    it(`${y}: agrees with tyme4ts on the statutory days and the doubtful days around them`, () => {
      expect(table.years[String(y) as keyof typeof table.years]).toEqual(expectedYear(y));
    });
  }

  it('matches research.md §10.5 for 2027 (除夕 02-05 … 中秋 09-15)', () => {
    expect(table.years['2027'].holidays).toEqual([
      '01-01',
      '02-05',
      '02-06',
      '02-07',
      '02-08',
      '04-05',
      '05-01',
      '05-02',
      '06-09',
      '09-15',
      '10-01',
      '10-02',
      '10-03',
    ]);
  });

  it('is what the generator writes (no hand edits)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate-provisional-calendar.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
