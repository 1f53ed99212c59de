import { addDuration } from '../calendar/count-days.js';
import { endOfLocalDay, formatInstant, localDayOf } from '../calendar/zoned-time.js';
import type { DateFact } from '../facts/fact-catalog.js';
import type { DeadlineItem } from '../result/schema.js';
import type { DayUnit, DeadlineSpec } from '../rules/schema.js';
import { fillText, pickText } from '../text.js';
import { resolveDays, type AssemblyContext } from './context.js';

export interface ComputedDeadline {
  item: DeadlineItem;
  dueAt: number;
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

function dueOf(spec: DeadlineSpec, ctx: AssemblyContext): { dueAt: number; dueDay: number; basis: string } | undefined {
  const { dates, timeZone, calendar, locale, ruleSet } = ctx;
  const dateName = (spec.from ?? spec.at) as DateFact;
  const day = dates.days[dateName];
  if (day === undefined) return undefined;
  const dateLabel = pickText(ruleSet.catalog.dates[dateName]!.label, locale);
  if (spec.at !== undefined) {
    const instant = dates.instants[dateName];
    const dueAt = instant !== undefined && dates.timed[dateName] ? instant : endOfLocalDay(day, timeZone);
    return { dueAt, dueDay: day, basis: fillText(BASIS.at[locale], { date: dateLabel, value: formatInstant(dueAt, timeZone) }) };
  }
  const n = resolveDays(spec.days!, ruleSet);
  if (spec.unit === 'hour') return dueInHours(dates.instants[dateName]!, n, dateLabel, ctx);
  const unit = spec.unit as DayUnit;
  const moved = addDuration(calendar, day, n, unit);
  ctx.notes.outsideCalendar ||= moved.outsideCalendar;
  return { dueAt: endOfLocalDay(moved.day, timeZone), dueDay: moved.day, basis: fillText(BASIS.from[unit][locale], { n, date: dateLabel }) };
}

type Due = { dueAt: number; dueDay: number; basis: string };

/** `n` calendar hours from an instant (a plain date counts from the start of its day). */
function dueInHours(from: number, n: number, dateLabel: string, ctx: AssemblyContext): Due {
  const dueAt = from + n * 3_600_000;
  const value = formatInstant(from, ctx.timeZone);
  const basis = fillText(BASIS.from.hour[ctx.locale], { n, date: dateLabel, value });
  return { dueAt, dueDay: localDayOf(dueAt, ctx.timeZone), basis };
}

/** Every clock that matters: one per deadline id, the highest-priority rule's definition winning. */
export function assembleDeadlines(ctx: AssemblyContext): Map<string, ComputedDeadline> {
  const specs = new Map<string, { spec: DeadlineSpec; rules: string[] }>();
  for (const rule of ctx.fired) {
    for (const spec of rule.outcome.deadlines ?? []) {
      const seen = specs.get(spec.id);
      if (seen) seen.rules.push(rule.id);
      else specs.set(spec.id, { spec, rules: [rule.id] });
    }
  }
  const out = new Map<string, ComputedDeadline>();
  for (const [id, { spec, rules }] of specs) {
    const due = dueOf(spec, ctx);
    if (!due) continue;
    out.set(id, {
      dueAt: due.dueAt,
      item: {
        id,
        label: pickText(spec.label, ctx.locale),
        dueAt: formatInstant(due.dueAt, ctx.timeZone),
        daysLeft: due.dueDay - ctx.dates.today,
        expired: ctx.asOf > due.dueAt,
        basis: due.basis,
        source: [...spec.sources],
        confidence: spec.confidence,
        rules,
      },
    });
  }
  return out;
}

/** Deadlines in due order, then id, so the list reads as a timeline. */
export function sortDeadlines(deadlines: Map<string, ComputedDeadline>): DeadlineItem[] {
  return [...deadlines.values()].sort((a, b) => a.dueAt - b.dueAt || (a.item.id < b.item.id ? -1 : 1)).map((d) => d.item);
}
