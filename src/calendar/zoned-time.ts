import { civilOf, dayNumberOf, type DayNumber } from './local-date.js';

// The only place that converts between instants and local dates; everything else counts days.
// Offsets come from Intl (the runtime's tz database), asked once per zone and UTC day: a day
// whose start and end share an offset has that offset throughout, so only the rare day with a
// transition asks Intl for each instant. Local times a transition skips move forward by the gap;
// local times it repeats take the earlier instant — the same on every host.

const MS_PER_DAY = 86_400_000;
/** 0100-01-01T00:00Z: earlier local days go through the same string path as day numbers do. */
const YEAR_100 = -59_011_459_200_000;
const MAX_CACHED_DAYS = 100_000;

interface ZoneOffsets {
  /** Offset (ms east of UTC) at one instant, asked of Intl. */
  exact(instant: number): number;
  byDay: Map<number, number | null>;
}

const zones = new Map<string, ZoneOffsets>();

/** "GMT+08:00", "GMT-03:30", "GMT+08:05:43" (historical), "GMT" → milliseconds east of UTC. */
function parseOffset(text: string): number {
  if (text === '') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const [h = 0, m = 0, s = 0] = text.slice(1).split(':').map(Number);
  return sign * ((h * 60 + m) * 60 + s) * 1000;
}

function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (zone) return zone;
  let exact: (instant: number) => number;
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format;
    exact = (instant) => parseOffset(format(instant).split('GMT')[1] ?? '');
  } catch {
    // Runtimes without offset zones ("+08:00") in Intl: read the offset from the name, else invalid.
    // Same arithmetic as @date-fns/tz's fallback, which the results were first computed with.
    const captures = /([+-]\d\d):?(\d\d)?/.exec(timeZone);
    const hours = Number(captures?.[1] ?? 0);
    const minutes = Number(captures?.[2] ?? 0);
    const offset = captures ? (hours * 60 + minutes > 0 ? hours * 60 + minutes : hours * 60 - minutes) * 60_000 : NaN;
    exact = () => offset;
  }
  zone = { exact, byDay: new Map() };
  zones.set(timeZone, zone);
  return zone;
}

/** Offset of `timeZone` at `instant`, in milliseconds east of UTC. */
function offsetAt(timeZone: string, instant: number): number {
  const zone = zoneOffsets(timeZone);
  const day = Math.floor(instant / MS_PER_DAY);
  let offset = zone.byDay.get(day);
  if (offset === undefined) {
    const start = day * MS_PER_DAY;
    const atStart = zone.exact(start);
    offset = atStart === zone.exact(start + MS_PER_DAY - 1) ? atStart : null;
    if (zone.byDay.size >= MAX_CACHED_DAYS) zone.byDay.clear();
    zone.byDay.set(day, offset);
  }
  return offset ?? zone.exact(instant);
}

/**
 * The instant a local wall time stands for. `Date.UTC` reads years 0–99 as 1900–1999, as the
 * `Date` constructor did before; case dates start at year 100.
 */
function instantOfLocal(
  y: number,
  month: number,
  d: number,
  h: number,
  min: number,
  s: number,
  ms: number,
  timeZone: string,
): number {
  const wall = Date.UTC(y, month, d, h, min, s, ms);
  const before = offsetAt(timeZone, wall - MS_PER_DAY);
  const after = offsetAt(timeZone, wall + MS_PER_DAY);
  const early = wall - before;
  const late = wall - after;
  const earlyHolds = offsetAt(timeZone, early) === before;
  const lateHolds = offsetAt(timeZone, late) === after;
  if (earlyHolds && lateHolds) return Math.min(early, late);
  if (lateHolds) return late;
  // Valid with the earlier offset, or skipped by a transition: then the earlier offset moves it forward.
  return early;
}

function checkedOffset(timeZone: string, instant: number): number {
  const offset = offsetAt(timeZone, instant);
  if (!Number.isFinite(offset) || !Number.isFinite(instant)) throw new RangeError('Invalid time value');
  return offset;
}

/** The instant a case timestamp stands for; a plain date means the start of that day in `timeZone`. */
export function instantOf(timestamp: string, timeZone: string): number {
  if (timestamp.length === 10) {
    const day = new Date(`${timestamp}T00:00:00Z`);
    return instantOfLocal(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, 0, 0, 0, timeZone);
  }
  return Date.parse(timestamp);
}

export function localDayOf(instant: number, timeZone: string): DayNumber {
  const local = instant + checkedOffset(timeZone, instant);
  if (local >= YEAR_100) return Math.floor(local / MS_PER_DAY);
  return dayNumberOf(new Date(local).toISOString().slice(0, 10));
}

/** The last millisecond of a local day, as an instant. */
export function endOfLocalDay(day: DayNumber, timeZone: string): number {
  const { y, m, d } = civilOf(day);
  return instantOfLocal(y, m - 1, d, 23, 59, 59, 999, timeZone);
}

/**
 * The instant a local wall time on a local day stands for: the one conversion `instantOf` and
 * `endOfLocalDay` rest on. A time a transition skips moves forward by the gap; a time it repeats
 * takes the earlier instant.
 */
export function instantOfLocalTime(
  day: DayNumber,
  hours: number,
  minutes: number,
  seconds: number,
  timeZone: string,
): number {
  const { y, m, d } = civilOf(day);
  return instantOfLocal(y, m - 1, d, hours, minutes, seconds, 0, timeZone);
}

const offsetTexts = new Map<number, string>();

/** `+08:00`, `-07:00`, or `Z`; a historical offset with seconds shows its whole minutes. */
function offsetText(offset: number): string {
  let text = offsetTexts.get(offset);
  if (text === undefined) {
    const minutes = Math.trunc(offset / 60_000);
    const abs = Math.abs(minutes);
    text = minutes === 0 ? 'Z' : `${minutes > 0 ? '+' : '-'}${pad(Math.trunc(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    offsetTexts.set(offset, text);
  }
  return text;
}

function pad(n: number, length: number): string {
  return (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(length, '0');
}

/** ISO 8601 with the zone's offset, to the second: `2026-11-10T23:59:59+08:00`. */
export function formatInstant(instant: number, timeZone: string): string {
  const second = Math.floor(instant / 1000) * 1000;
  const offset = checkedOffset(timeZone, second);
  const local = new Date(second + offset);
  const year = local.getUTCFullYear();
  if (year >= 0 && year <= 9999) return local.toISOString().slice(0, 19) + offsetText(offset);
  const date = `${pad(year, 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}`;
  const time = `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}`;
  return `${date}T${time}${offsetText(offset)}`;
}
