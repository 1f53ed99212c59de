import type { CalendarKind } from '../calendar/clock-side.js';
import { addDuration } from '../calendar/count-days.js';
import { endOfLocalDay, formatInstant, localDayOf } from '../calendar/zoned-time.js';
import type { DateFact } from '../facts/fact-catalog.js';
import type { DeadlineItem } from '../result/schema.js';
import type { DayUnit, DeadlineSpec } from '../rules/schema.js';
import { fillText, pickText } from '../text.js';
import { NO_CALENDAR_USE, type CalendarUse } from './calendar-use.js';
import type { AssemblyContext } from './context.js';
import { resolveDays } from './resolve-days.js';

/** One deadline of the result, with its instant and what counting it used of the calendar. */
export interface ComputedDeadline {
  item: DeadlineItem;
  dueAt: number;
  calendarUse: CalendarUse;
}

const BASIS = {
  from: {
    calendar_day: { 'zh-CN': '自{date}起{n}个自然日', en: '{n} calendar days from {date}' },
    working_day: { 'zh-CN': '自{date}起{n}个工作日', en: '{n} working days from {date}' },
    month: { 'zh-CN': '自{date}起{n}个月', en: '{n} months from {date}' },
    hour: { 'zh-CN': '自{date}（{value}）起{n}小时', en: '{n} hours from {date} ({value})' },
  },
  at: { 'zh-CN': '{date}（{value}）', en: '{date} ({value})' },
} as const;

interface Due {
  dueAt: number;
  dueDay: number;
  basis: string;
  calendar: CalendarKind;
  calendarUse: CalendarUse;
}

function dueOf(spec: DeadlineSpec, ctx: AssemblyContext): Due | undefined {
  const { dates, timeZone, calendar, locale, ruleSet } = ctx;
  const dateName = (spec.from ?? spec.at) as DateFact;
  const day = dates.days[dateName];
  if (day === undefined) return undefined;
  const dateLabel = pickText(ruleSet.catalog.dates[dateName]!.label, locale);
  if (spec.at !== undefined) {
    const instant = dates.instants[dateName];
    const dueAt = instant !== undefined && dates.timed[dateName] ? instant : endOfLocalDay(day, timeZone);
    const derived = dates.calendarOf[dateName] ?? { calendar: 'official', provisionalYears: [] };
    return {
      dueAt,
      dueDay: day,
      basis: fillText(BASIS.at[locale], { date: dateLabel, value: formatInstant(dueAt, timeZone) }),
      calendar: derived.calendar,
      calendarUse: { outsideCalendar: false, provisionalYears: derived.provisionalYears },
    };
  }
  const n = resolveDays(spec.days!, ruleSet);
  if (spec.unit === 'hour') return dueInHours(dates.instants[dateName]!, n, dateLabel, ctx);
  const unit = spec.unit as DayUnit;
  // Unlabelled clocks are the merchant's own: counted early while a schedule is provisional.
  const moved = addDuration(calendar, day, n, unit, spec.side ?? 'merchant');
  const basis = fillText(BASIS.from[unit][locale], { n, date: dateLabel });
  const dueAt = endOfLocalDay(moved.day, timeZone);
  return { dueAt, dueDay: moved.day, basis, calendar: moved.calendar, calendarUse: moved };
}

/** `n` calendar hours from an instant (a plain date counts from the start of its day); no holiday data is used. */
function dueInHours(from: number, n: number, dateLabel: string, ctx: AssemblyContext): Due {
  const dueAt = from + n * 3_600_000;
  const value = formatInstant(from, ctx.timeZone);
  const basis = fillText(BASIS.from.hour[ctx.locale], { n, date: dateLabel, value });
  const calendarUse = NO_CALENDAR_USE;
  return { dueAt, dueDay: localDayOf(dueAt, ctx.timeZone), basis, calendar: 'official', calendarUse };
}

/** Each deadline id's definitions in the fired rules' order, and the rules that define it. */
function collectDeadlineSpecs(
  fired: AssemblyContext['fired'],
): Map<string, { specs: DeadlineSpec[]; rules: string[] }> {
  const specs = new Map<string, { specs: DeadlineSpec[]; rules: string[] }>();
  for (const rule of fired) {
    for (const spec of rule.outcome.deadlines ?? []) {
      const seen = specs.get(spec.id);
      if (!seen) specs.set(spec.id, { specs: [spec], rules: [rule.id] });
      else {
        seen.specs.push(spec);
        if (!seen.rules.includes(rule.id)) seen.rules.push(rule.id);
      }
    }
  }
  return specs;
}

/** The first definition whose date the case has, and its due instant; none when no date is known. */
function firstCountable(
  candidates: readonly DeadlineSpec[],
  ctx: AssemblyContext,
): { spec: DeadlineSpec; due: Due } | undefined {
  for (const spec of candidates) {
    const due = dueOf(spec, ctx);
    if (due) return { spec, due };
  }
  return undefined;
}

/**
 * Every clock that matters: one per deadline id. The highest-priority rule's definition wins; when
 * its date is missing, the next definition of the same id that can be counted stands in.
 *
 * @example
 * const deadlines = assembleDeadlines(ctx); // Map { 'retrieval_response' => { dueAt, item, calendarUse } }
 */
export function assembleDeadlines(ctx: AssemblyContext): Map<string, ComputedDeadline> {
  const out = new Map<string, ComputedDeadline>();
  for (const [id, { specs: candidates, rules }] of collectDeadlineSpecs(ctx.fired)) {
    const found = firstCountable(candidates, ctx);
    if (!found) continue;
    const { spec, due } = found;
    out.set(id, {
      dueAt: due.dueAt,
      calendarUse: due.calendarUse,
      item: {
        id,
        label: pickText(spec.label, ctx.locale),
        dueAt: formatInstant(due.dueAt, ctx.timeZone),
        daysLeft: due.dueDay - ctx.dates.today,
        expired: ctx.asOf > due.dueAt,
        basis: due.basis,
        source: [...spec.sources],
        calendar: due.calendar,
        confidence: spec.confidence,
        rules,
      },
    });
  }
  return out;
}

/** Deadlines in due order, then id, so the list reads as a timeline. */
export function sortDeadlines(deadlines: Map<string, ComputedDeadline>): DeadlineItem[] {
  return [...deadlines.values()]
    .sort((a, b) => a.dueAt - b.dueAt || (a.item.id < b.item.id ? -1 : 1))
    .map((d) => d.item);
}
