import { formatInstant, instantOf } from '../calendar/zoned-time.js';
import type { Locale } from '../text.js';
import type { MergedTemplates } from './compile-templates.js';
import { renderLine } from './render-template.js';

/** What value formatting needs: the line formats, the locale and the case's zone. */
export interface FormatContext {
  templates: MergedTemplates;
  locale: Locale;
  timeZone: string;
}

/**
 * A case timestamp as a local date (plain dates) or date and time (instants), in the case's zone,
 * written with the `date` / `date_time` line formats.
 *
 * @example
 * formatTimestamp('2026-11-03T06:05:00Z', ctx); // '2026年11月3日 14:05' in Asia/Shanghai
 */
export function formatTimestamp(timestamp: string, ctx: FormatContext): string {
  const local = timestamp.length === 10 ? timestamp : formatInstant(instantOf(timestamp, ctx.timeZone), ctx.timeZone);
  // m and d without leading zeros (2026年1月10日), m2 and d2 with them (2026-01-10).
  const [y, m2, d2] = [local.slice(0, 4), local.slice(5, 7), local.slice(8, 10)];
  const day = { y, m: String(Number(m2)), d: String(Number(d2)), m2, d2 };
  if (timestamp.length === 10) return renderLine(ctx.templates, 'date', ctx.locale, day);
  return renderLine(ctx.templates, 'date_time', ctx.locale, {
    ...day,
    hh: local.slice(11, 13),
    mi: local.slice(14, 16),
  });
}

/**
 * An amount in yuan with two decimals and thousands separators, in the `money_cny` or `money` format.
 *
 * @example
 * formatMoney(2000, 'CNY', ctx); // '人民币2,000.00元'
 */
export function formatMoney(amount: number, currency: string, ctx: FormatContext): string {
  const [whole, cents] = amount.toFixed(2).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const value = `${grouped}.${cents}`;
  return currency === 'CNY'
    ? renderLine(ctx.templates, 'money_cny', ctx.locale, { amount: value })
    : renderLine(ctx.templates, 'money', ctx.locale, { amount: value, currency });
}
