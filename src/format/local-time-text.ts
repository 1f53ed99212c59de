import type { Locale } from '../text.js';

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** How an instant is meant: a deadline (before it), a start (from it) or a plain point in time. */
export type InstantRole = 'by' | 'from' | 'at';

/**
 * An instant as a person reads it, in the wall time it was written in (a result writes every instant
 * in the case's zone): `11月10日（周二）23:59前`, `by Tue 10 Nov, 23:59`. The year shows only when it
 * differs from `referenceYear`. Pure: no clock, no host zone (the weekday comes from the date alone).
 *
 * @example
 * formatLocalInstant('2026-11-10T23:59:59+08:00', 'zh-CN', 'by', 2026); // '11月10日（周二）23:59前'
 * formatLocalInstant('2026-11-10T23:59:59+08:00', 'en', 'by', 2026); // 'by Tue 10 Nov, 23:59'
 */
export function formatLocalInstant(instant: string, locale: Locale, role: InstantRole, referenceYear?: number): string {
  const match = INSTANT.exec(instant);
  if (!match) return instant;
  const [year, month, day] = [+match[1]!, +match[2]!, +match[3]!];
  const time = `${match[4]}:${match[5]}`;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const showYear = referenceYear === undefined || referenceYear !== year;
  if (locale === 'zh-CN') {
    const date = `${showYear ? `${year}年` : ''}${month}月${day}日（${WEEKDAY_ZH[weekday]}）${time}`;
    return role === 'by' ? `${date}前` : role === 'from' ? `${date}起` : date;
  }
  const date = `${WEEKDAY_EN[weekday]} ${day} ${MONTH_EN[month - 1]}${showYear ? ` ${year}` : ''}, ${time}`;
  return role === 'by' ? `by ${date}` : role === 'from' ? `from ${date}` : date;
}

/**
 * The year of an instant written as a result writes it.
 *
 * @example
 * yearOf('2026-11-05T10:00:00+08:00'); // 2026
 */
export function yearOf(instant: string): number | undefined {
  const match = INSTANT.exec(instant);
  return match ? +match[1]! : undefined;
}
