// Local calendar dates as whole day numbers (days since 1970-01-01), so day arithmetic is integer
// arithmetic and never depends on the host's time zone.

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function dayNumberOf(isoDate: string): DayNumber {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function isoDateOf(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The same day of the month `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: DayNumber, months: number): DayNumber {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: DayNumber, to: DayNumber): number {
  const a = new Date(from * MS_PER_DAY);
  const b = new Date(to * MS_PER_DAY);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (months > 0 && b.getUTCDate() < a.getUTCDate()) months -= 1;
  if (months < 0 && b.getUTCDate() > a.getUTCDate()) months += 1;
  return months;
}
