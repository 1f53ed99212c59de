// The JSON Schema pattern of a timestamp accepts exactly what the library accepts.
import { describe, expect, it } from 'vitest';
import { isTimestamp } from '../../src/case/schema.js';
import { numberRangePattern, timestampPattern } from '../../src/case/timestamp-pattern.js';

const pattern = new RegExp(timestampPattern(1970, 2100), 'u');
const accepts = (value: string) => isTimestamp(value) && +value.slice(0, 4) >= 1970 && +value.slice(0, 4) <= 2100;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('timestampPattern', () => {
  it('matches the numbers of a range and nothing else', () => {
    for (const [min, max] of [
      [1970, 2100],
      [0, 9999],
      [100, 2100],
      [2026, 2026],
      [1999, 2001],
      [5, 37],
    ] as const) {
      const range = new RegExp(`^(?:${numberRangePattern(min, max, 4)})$`);
      for (let n = 0; n <= 9999; n += 1)
        expect(range.test(pad(n, 4)), `${n} in ${min}..${max}`).toBe(n >= min && n <= max);
    }
  });

  it('agrees with the library on every day of the years around the limits, leap years included', () => {
    for (const year of [1969, 1970, 1900, 2000, 2024, 2026, 2028, 2100, 2101]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          expect(pattern.test(date), date).toBe(accepts(date));
          expect(pattern.test(`${date}T23:59:59+08:00`), date).toBe(accepts(`${date}T23:59:59+08:00`));
        }
      }
    }
  });

  it.each([
    '2026-11-03T14:05:00+08:00',
    '2026-11-03T14:05Z',
    '2026-11-03T14:05:00.123456789-05:30',
    '2026-11-03',
    '2026-02-30',
    '2026-11-03T24:00:00+08:00',
    '2026-11-03T14:05',
    '2026-11-03T14:05:60Z',
    '2026-11-03T14:05:00+19:00',
    '2026-11-03 14:05:00+08:00',
    '26-11-03',
    '2026-1-3',
    '0099-01-01',
    '2026-11-03T14:05:00.1234567890Z',
  ])('agrees with the library on %s', (value) => {
    expect(pattern.test(value)).toBe(accepts(value));
  });
});
