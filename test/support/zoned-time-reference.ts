import { TZDate } from '@date-fns/tz';
import { endOfDay, format, formatISO } from 'date-fns';
import { dayNumberOf, isoDateOf, type DayNumber } from '../../src/calendar/local-date.js';

// The zone arithmetic src/calendar/zoned-time.ts had before it moved to cached Intl offsets: the
// reference its results are held to (test/calendar/zoned-time.test.ts).

export function referenceInstantOf(timestamp: string, timeZone: string): number {
  if (timestamp.length === 10) {
    const day = new Date(`${timestamp}T00:00:00Z`);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), timeZone).getTime();
  }
  return Date.parse(timestamp);
}

export function referenceLocalDayOf(instant: number, timeZone: string): DayNumber {
  return dayNumberOf(format(new TZDate(instant, timeZone), 'yyyy-MM-dd'));
}

export function referenceEndOfLocalDay(day: DayNumber, timeZone: string): number {
  const [y, m, d] = isoDateOf(day).split('-').map(Number) as [number, number, number];
  return endOfDay(new TZDate(y, m - 1, d, timeZone)).getTime();
}

export function referenceShiftToDay(instant: number, day: DayNumber, timeZone: string): number {
  const t = new TZDate(instant, timeZone);
  const [y, m, d] = isoDateOf(day).split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, t.getHours(), t.getMinutes(), t.getSeconds(), timeZone).getTime();
}

export function referenceFormatInstant(instant: number, timeZone: string): string {
  return formatISO(new TZDate(Math.floor(instant / 1000) * 1000, timeZone));
}
