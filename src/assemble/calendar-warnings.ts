import messages from '../../rules/calendar/messages.json';
import { isoDateOf, type DayNumber } from '../calendar/local-date.js';
import { dayBitsFor, PROVISIONAL_DAY, WORKING_DAY } from '../calendar/resolve-day.js';
import type { Warning } from '../result/schema.js';
import { fillText } from '../text.js';
import type { CalendarUse } from './calendar-use.js';
import type { AssemblyContext } from './context.js';
import { MESSAGES } from './messages.js';

/** Days looked back for a working day before a stated deadline (longer than any holiday break). */
const LOOK_BACK_DAYS = 31;

/** Surely a working day: doubtful days of a provisional year count as days off. */
function surelyWorking(ctx: AssemblyContext, day: DayNumber): boolean {
  return (dayBitsFor(ctx.calendar, day, 'counterparty') & WORKING_DAY) !== 0;
}

/** The stated-deadline warning, or none when `respondBy` is absent or surely a working day. */
function statedDeadlineWarning(ctx: AssemblyContext): Warning | undefined {
  const stated = ctx.dates.days.respondBy;
  if (stated === undefined || surelyWorking(ctx, stated)) return undefined;
  let last = stated - 1;
  while (last > stated - LOOK_BACK_DAYS && !surelyWorking(ctx, last)) last -= 1;
  const date = isoDateOf(stated);
  const values = { date, last: isoDateOf(last), year: date.slice(0, 4) };
  // Off even when doubtful days count as working: surely a holiday or weekend.
  const bits = dayBitsFor(ctx.calendar, stated, 'merchant');
  const doubtful = (bits & PROVISIONAL_DAY) !== 0 && (bits & WORKING_DAY) !== 0;
  const code = doubtful ? 'deadline_maybe_on_non_working_day' : 'deadline_on_non_working_day';
  return { code, message: fillText(messages.messages[code][ctx.locale], values), rules: [] };
}

/** The warning that some day count ran past the calendar's data, naming the years it covers. */
function outOfRangeWarning(ctx: AssemblyContext): Warning {
  const { calendar, locale } = ctx;
  const last = Math.max(calendar.lastYear, calendar.provisional?.lastYear ?? 0);
  const message = fillText(MESSAGES.calendarOutOfRange[locale], { first: calendar.firstYear, last });
  return { code: 'calendar_out_of_range', message, rules: [] };
}

/**
 * The calendar's own warnings: one when a day count (of the case's dates or of the result's, as
 * `used` says) ran past the calendar's data, one naming the provisional years any clock was counted
 * in, and one when a stated deadline (`respondBy`) falls on a day that is not surely a working day,
 * naming the last working day before it. Texts come from `rules/calendar/messages.json`.
 *
 * @example
 * calendarWarnings(ctx, { outsideCalendar: false, provisionalYears: [2027] });
 * // [{ code: 'calendar_provisional', … }]
 */
export function calendarWarnings(ctx: AssemblyContext, used: CalendarUse): Warning[] {
  const { locale } = ctx;
  const out: Warning[] = [];
  if (used.outsideCalendar || ctx.dates.outsideCalendar) out.push(outOfRangeWarning(ctx));
  const years = used.provisionalYears;
  if (years.length > 0) {
    const text = messages.messages.calendar_provisional[locale];
    const message = fillText(text, { years: years.join(locale === 'en' ? ', ' : '、') });
    out.push({ code: 'calendar_provisional', message, rules: [] });
  }
  const stated = statedDeadlineWarning(ctx);
  if (stated) out.push(stated);
  return out;
}
