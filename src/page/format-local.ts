// Dates as a person reads them, in the case's zone (never the browser's).
import type { Locale } from '../text.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-10T23:59:59+08:00` → `11月10日（周二）23:59` / `Tue 10 Nov 2026, 23:59`. */
export function formatLocal(instant: string, locale: Locale, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone,
      year: 'numeric',
      month: locale === 'en' ? 'short' : 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  if (locale === 'en')
    return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
  return `${parts.year}年${parts.month}月${parts.day}日（${parts.weekday}）${parts.hour}:${parts.minute}`;
}
