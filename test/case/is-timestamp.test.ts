import { describe, expect, it } from 'vitest';
import { isTimestamp } from '../../src/case/schema.js';
import { createRandom } from '../../scripts/generate-cases.mjs';

// The first implementation, kept as the reference: regular expressions and a Date round trip.
const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
function isRealDateByDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function referenceIsTimestamp(value: string): boolean {
  const p = plainDate.exec(value);
  if (p) return isRealDateByDate(+p[1]!, +p[2]!, +p[3]!);
  const t = dateTime.exec(value);
  if (!t) return false;
  if (!isRealDateByDate(+t[1]!, +t[2]!, +t[3]!)) return false;
  if (+t[4]! > 23 || +t[5]! > 59 || (t[6] !== undefined && +t[6] > 59)) return false;
  return t[7] === 'Z' || (+t[8]! <= 18 && +t[9]! <= 59);
}

describe('isTimestamp', () => {
  it('answers 200,000 near-valid strings exactly as the Date round trip did', () => {
    const rnd = createRandom(3);
    const digits = (n: number, max: number) => String(rnd.int(0, max)).padStart(n, '0');
    const wrong: string[] = [];
    for (let i = 0; i < 200_000; i += 1) {
      const date = `${rnd.chance(0.1) ? digits(4, 9999) : String(rnd.int(1999, 2101))}-${digits(2, rnd.chance(0.9) ? 12 : 99)}-${digits(2, rnd.chance(0.9) ? 31 : 99)}`;
      const time = `T${digits(2, rnd.chance(0.9) ? 23 : 99)}:${digits(2, rnd.chance(0.9) ? 59 : 99)}${rnd.chance(0.5) ? `:${digits(2, rnd.chance(0.9) ? 59 : 99)}${rnd.chance(0.2) ? `.${'123456789'.slice(0, rnd.int(0, 10))}` : ''}` : ''}`;
      const offset = rnd.pick([
        'Z',
        `+${digits(2, 20)}:${digits(2, 60)}`,
        `-${digits(2, 20)}:${digits(2, 60)}`,
        '',
        '+0800',
      ]);
      let value = rnd.chance(0.4) ? date : date + time + offset;
      if (rnd.chance(0.05)) value = value.slice(0, rnd.int(0, value.length));
      if (rnd.chance(0.02)) value += '\n';
      if (isTimestamp(value) !== referenceIsTimestamp(value)) wrong.push(value);
    }
    expect(wrong).toEqual([]);
  });

  it('knows leap days and rejects years before 100', () => {
    expect(isTimestamp('2024-02-29')).toBe(true);
    expect(isTimestamp('2100-02-29')).toBe(false);
    expect(isTimestamp('2000-02-29T00:00Z')).toBe(true);
    expect(isTimestamp('0099-01-01')).toBe(false);
    expect(isTimestamp('0100-01-01')).toBe(true);
  });
});
