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

/** The year of a day number, by the same integer arithmetic as {@link civilOf} (no Date: hot in index building). */
export function yearOf(day: DayNumber): number {
  return civilOf(day).y;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Year, month (1–12) and day of a day number, by integer arithmetic (H. Hinnant's civil_from_days),
 * so month arithmetic allocates no Date.
 */
export function civilOf(day: DayNumber): { y: number; m: number; d: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The day number of a year, month (1–12) and day; the inverse of {@link civilOf}. */
function daysFromCivil(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The same day of the month `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: DayNumber, months: number): DayNumber {
  const { y, m, d } = civilOf(day);
  if (y >= 0 && y < 100) {
    // Date.UTC reads years 0–99 as 1900–1999; the first implementation went through it, so keep that.
    const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
    return Math.floor(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)) / MS_PER_DAY);
  }
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: DayNumber, to: DayNumber): number {
  const a = civilOf(from);
  const b = civilOf(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (months > 0 && b.d < a.d) months -= 1;
  if (months < 0 && b.d > a.d) months += 1;
  return months;
}
