import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoDateOf } from '../../src/calendar/local-date.js';
import { TZDate } from '@date-fns/tz';
import {
  endOfLocalDay,
  formatInstant,
  instantOf,
  instantOfLocalTime,
  localDayOf,
} from '../../src/calendar/zoned-time.js';
import { createRandom } from '../../scripts/generate-cases.mjs';
import {
  referenceEndOfLocalDay,
  referenceFormatInstant,
  referenceInstantOf,
  referenceLocalDayOf,
  referenceShiftToDay,
} from '../support/zoned-time-reference.js';

/** The local time of day of `instant`, placed on another local day through instantOfLocalTime. */
function shiftToDay(instant: number, day: number, zone: string): number {
  const local = new TZDate(instant, zone);
  return instantOfLocalTime(day, local.getHours(), local.getMinutes(), local.getSeconds(), zone);
}

const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/St_Johns',
  'Pacific/Auckland',
  'Pacific/Apia',
];
const DAY = 86_400_000;
const from = dayNumberOf('2000-01-01');
const to = dayNumberOf('2035-12-31');

/** True when the zone's offset is the same a day before and a day after a local wall time: no gap or overlap near it. */
function isPlainWallTime(zone: string, wall: number): boolean {
  return tzOffset(zone, new Date(wall - DAY)) === tzOffset(zone, new Date(wall + DAY));
}

describe('zoned time', () => {
  it('gives the local day and the ISO text of 30,000 instants exactly as @date-fns/tz did', () => {
    const rnd = createRandom(11);
    const wrong: string[] = [];
    for (let i = 0; i < 30_000; i += 1) {
      const zone = ZONES[i % ZONES.length]!;
      const instant = (from + rnd.int(0, to - from)) * DAY + rnd.int(0, DAY - 1);
      if (localDayOf(instant, zone) !== referenceLocalDayOf(instant, zone)) wrong.push(`localDayOf ${instant} ${zone}`);
      if (formatInstant(instant, zone) !== referenceFormatInstant(instant, zone))
        wrong.push(`formatInstant ${instant} ${zone}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads every instant of a transition hour in Los Angeles and London as @date-fns/tz did', () => {
    for (const [zone, at] of [
      ['America/Los_Angeles', Date.parse('2026-03-08T09:30:00Z')],
      ['America/Los_Angeles', Date.parse('2026-11-01T07:30:00Z')],
      ['Europe/London', Date.parse('2026-03-29T00:30:00Z')],
      ['Europe/London', Date.parse('2026-10-25T00:30:00Z')],
    ] as const) {
      for (let t = at; t < at + 2 * 3_600_000; t += 61_000) {
        expect(formatInstant(t, zone)).toBe(referenceFormatInstant(t, zone));
        expect(localDayOf(t, zone)).toBe(referenceLocalDayOf(t, zone));
      }
    }
  });

  it('finds the start and end of local days from 2000 to 2035 as @date-fns/tz did where no transition is near', () => {
    const wrong: string[] = [];
    for (const zone of ZONES) {
      // Every day within two days of a transition, and every fifth day besides.
      const near = new Set<number>();
      let previous = tzOffset(zone, new Date(from * DAY));
      for (let day = from + 1; day <= to; day += 1) {
        const offset = tzOffset(zone, new Date(day * DAY));
        if (offset !== previous) for (let d = day - 3; d <= day + 2; d += 1) near.add(d);
        previous = offset;
      }
      for (let day = from; day <= to; day += 1) {
        if ((day - from) % 5 !== 0 && !near.has(day)) continue;
        const start = day * DAY;
        const end = start + DAY - 1;
        const iso = isoDateOf(day);
        if (isPlainWallTime(zone, start) && instantOf(iso, zone) !== referenceInstantOf(iso, zone))
          wrong.push(`instantOf ${iso} ${zone}`);
        if (isPlainWallTime(zone, end) && endOfLocalDay(day, zone) !== referenceEndOfLocalDay(day, zone))
          wrong.push(`endOfLocalDay ${iso} ${zone}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('moves a local time of day to another day as @date-fns/tz did where no transition is near', () => {
    const rnd = createRandom(12);
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const zone = ZONES[i % ZONES.length]!;
      const instant = (from + rnd.int(0, to - from)) * DAY + rnd.int(0, DAY - 1);
      const day = localDayOf(instant, zone) + rnd.int(-400, 400);
      const wall = day * DAY + (instant + tzOffset(zone, new Date(instant)) * 60_000 - localDayOf(instant, zone) * DAY);
      if (!isPlainWallTime(zone, wall)) continue;
      if (shiftToDay(instant, day, zone) !== referenceShiftToDay(instant, day, zone))
        wrong.push(`shiftToDay ${instant} ${day} ${zone}`);
    }
    expect(wrong).toEqual([]);
  });

  it('moves a local time that a transition skips forward by the gap, whatever the host zone', () => {
    const lastNightPst = Date.parse('2026-03-07T02:30:00-08:00');
    expect(
      formatInstant(shiftToDay(lastNightPst, dayNumberOf('2026-03-08'), 'America/Los_Angeles'), 'America/Los_Angeles'),
    ).toBe('2026-03-08T03:30:00-07:00');
    expect(formatInstant(instantOf('2026-09-06', 'America/Santiago'), 'America/Santiago')).toBe(
      '2026-09-06T01:00:00-03:00',
    );
  });

  it('takes the earlier of two instants a repeated local time stands for, whatever the host zone', () => {
    const los = Date.parse('2026-10-31T01:30:00-07:00');
    expect(
      formatInstant(shiftToDay(los, dayNumberOf('2026-11-01'), 'America/Los_Angeles'), 'America/Los_Angeles'),
    ).toBe('2026-11-01T01:30:00-07:00');
    const london = Date.parse('2026-10-24T01:30:00+01:00');
    expect(formatInstant(shiftToDay(london, dayNumberOf('2026-10-25'), 'Europe/London'), 'Europe/London')).toBe(
      '2026-10-25T01:30:00+01:00',
    );
  });

  it('writes a zero offset as Z and a historical offset with seconds as its whole minutes', () => {
    expect(formatInstant(Date.parse('2026-01-15T12:00:00Z'), 'Europe/London')).toBe('2026-01-15T12:00:00Z');
    expect(formatInstant(Date.parse('1900-06-01T00:00:00Z'), 'Asia/Shanghai')).toBe(
      referenceFormatInstant(Date.parse('1900-06-01T00:00:00Z'), 'Asia/Shanghai'),
    );
  });

  it('rejects an unknown zone instead of computing with it', () => {
    expect(() => localDayOf(0, 'Mars/Olympus')).toThrow(RangeError);
    expect(Number.isNaN(instantOf('2026-01-01', 'Mars/Olympus'))).toBe(true);
  });
});
