import type { CalendarKind } from '../calendar/clock-side.js';
import { addDuration } from '../calendar/count-days.js';
import { endOfLocalDay, formatInstant, localDayOf } from '../calendar/zoned-time.js';
import type { DateFact } from '../facts/fact-catalog.js';
import type { DeadlineItem } from '../result/schema.js';
import type { DayUnit, DeadlineSpec } from '../rules/schema.js';
import { fillText, pickText } from '../text.js';
import { noteCalendarUse, resolveDays, type AssemblyContext } from './context.js';

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

interface Due {
  dueAt: number;
  dueDay: number;
  basis: string;
  calendar: CalendarKind;
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
    noteCalendarUse(ctx, { outsideCalendar: false, provisionalYears: derived.provisionalYears });
    return {
      dueAt,
      dueDay: day,
      basis: fillText(BASIS.at[locale], { date: dateLabel, value: formatInstant(dueAt, timeZone) }),
      calendar: derived.calendar,
    };
  }
  const n = resolveDays(spec.days!, ruleSet);
  if (spec.unit === 'hour') return dueInHours(dates.instants[dateName]!, n, dateLabel, ctx);
  const unit = spec.unit as DayUnit;
  // Unlabelled clocks are the merchant's own: counted early while a schedule is provisional.
  const moved = addDuration(calendar, day, n, unit, spec.side ?? 'merchant');
  noteCalendarUse(ctx, moved);
  const basis = fillText(BASIS.from[unit][locale], { n, date: dateLabel });
  return { dueAt: endOfLocalDay(moved.day, timeZone), dueDay: moved.day, basis, calendar: moved.calendar };
}

/** `n` calendar hours from an instant (a plain date counts from the start of its day); no holiday data is used. */
function dueInHours(from: number, n: number, dateLabel: string, ctx: AssemblyContext): Due {
  const dueAt = from + n * 3_600_000;
  const value = formatInstant(from, ctx.timeZone);
  const basis = fillText(BASIS.from.hour[ctx.locale], { n, date: dateLabel, value });
  return { dueAt, dueDay: localDayOf(dueAt, ctx.timeZone), basis, calendar: 'official' };
}

/**
 * Every clock that matters: one per deadline id. The highest-priority rule's definition wins; when
 * its date is missing, the next definition of the same id that can be counted stands in.
 */
export function assembleDeadlines(ctx: AssemblyContext): Map<string, ComputedDeadline> {
  const specs = new Map<string, { specs: DeadlineSpec[]; rules: string[] }>();
  for (const rule of ctx.fired) {
    for (const spec of rule.outcome.deadlines ?? []) {
      const seen = specs.get(spec.id);
      if (!seen) specs.set(spec.id, { specs: [spec], rules: [rule.id] });
      else {
        seen.specs.push(spec);
        if (!seen.rules.includes(rule.id)) seen.rules.push(rule.id);
      }
    }
  }
  const out = new Map<string, ComputedDeadline>();
  for (const [id, { specs: candidates, rules }] of specs) {
    let spec: DeadlineSpec | undefined;
    let due: ReturnType<typeof dueOf>;
    for (const candidate of candidates) {
      due = dueOf(candidate, ctx);
      spec = candidate;
      if (due) break;
    }
    if (!due || !spec) continue;
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
