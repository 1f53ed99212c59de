import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  civilOf,
  dayNumberOf,
  isoDateOf,
  monthsBetween,
  yearOf,
} from '../../src/calendar/local-date.js';
import { createRandom } from '../../scripts/generate-cases.mjs';

// The first implementations, through Date: what the integer arithmetic must reproduce.
const MS = 86_400_000;
function addMonthsByDate(day: number, months: number): number {
  const date = new Date(day * MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / MS);
}
function monthsBetweenByDate(from: number, to: number): number {
  const a = new Date(from * MS);
  const b = new Date(to * MS);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (months > 0 && b.getUTCDate() < a.getUTCDate()) months -= 1;
  if (months < 0 && b.getUTCDate() > a.getUTCDate()) months += 1;
  return months;
}

describe('local dates', () => {
  it('reads every day from 1600 to 2400 as Date does', () => {
    const wrong: number[] = [];
    for (let day = dayNumberOf('1600-01-01'); day <= dayNumberOf('2400-12-31'); day += 1) {
      const { y, m, d } = civilOf(day);
      const date = new Date(day * MS);
      if (y !== date.getUTCFullYear() || m !== date.getUTCMonth() + 1 || d !== date.getUTCDate()) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it('adds months and counts months between days exactly as the Date versions did', () => {
    const rnd = createRandom(8);
    const lo = dayNumberOf('0001-01-01');
    const hi = dayNumberOf('9999-12-31');
    const wrong: string[] = [];
    for (let i = 0; i < 200_000; i += 1) {
      const day = rnd.chance(0.9) ? rnd.int(dayNumberOf('1960-01-01'), dayNumberOf('2110-12-31')) : rnd.int(lo, hi);
      const months = rnd.int(-200, 3650);
      if (addMonthsToDay(day, months) !== addMonthsByDate(day, months)) wrong.push(`add ${isoDateOf(day)} ${months}`);
      const other = day + rnd.int(-5000, 5000);
      if (monthsBetween(day, other) !== monthsBetweenByDate(day, other)) wrong.push(`between ${day} ${other}`);
    }
    expect(wrong).toEqual([]);
  });

  it('clamps to the end of a shorter month', () => {
    expect(isoDateOf(addMonthsToDay(dayNumberOf('2026-01-31'), 1))).toBe('2026-02-28');
    expect(isoDateOf(addMonthsToDay(dayNumberOf('2024-01-31'), 1))).toBe('2024-02-29');
    expect(monthsBetween(dayNumberOf('2026-01-31'), dayNumberOf('2026-02-28'))).toBe(0);
  });
});

describe('yearOf', () => {
  it('gives the UTC year of every day from about year -200 to 9999-12-31, as Date does', () => {
    const wrong: number[] = [];
    for (let day = -792_000; day <= 2_932_896; day += 1)
      if (yearOf(day) !== new Date(day * MS).getUTCFullYear()) wrong.push(day);
    expect(wrong).toEqual([]);
  });
});
