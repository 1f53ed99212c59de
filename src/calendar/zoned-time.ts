import { TZDate } from '@date-fns/tz';
import { endOfDay, format, formatISO } from 'date-fns';
import { dayNumberOf, isoDateOf, type DayNumber } from './local-date.js';

// The only place that converts between instants and local dates; everything else counts days.

/** The instant a case timestamp stands for; a plain date means the start of that day in `timeZone`. */
export function instantOf(timestamp: string, timeZone: string): number {
  if (timestamp.length === 10) {
    const day = new Date(`${timestamp}T00:00:00Z`);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), timeZone).getTime();
  }
  return Date.parse(timestamp);
}

export function localDayOf(instant: number, timeZone: string): DayNumber {
  return dayNumberOf(format(new TZDate(instant, timeZone), 'yyyy-MM-dd'));
}

/** The last second of a local day, as an instant. */
export function endOfLocalDay(day: DayNumber, timeZone: string): number {
  const [y, m, d] = isoDateOf(day).split('-').map(Number) as [number, number, number];
  return endOfDay(new TZDate(y, m - 1, d, timeZone)).getTime();
}

/** The same local time of day on another local day (for reply windows counted from a contact). */
export function shiftToDay(instant: number, day: DayNumber, timeZone: string): number {
  const t = new TZDate(instant, timeZone);
  const [y, m, d] = isoDateOf(day).split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, t.getHours(), t.getMinutes(), t.getSeconds(), timeZone).getTime();
}

/** ISO 8601 with the zone's offset, to the second: `2026-11-10T23:59:59+08:00`. */
export function formatInstant(instant: number, timeZone: string): string {
  return formatISO(new TZDate(Math.floor(instant / 1000) * 1000, timeZone));
}
