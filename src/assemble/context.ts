import type { Case } from '../case/schema.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Evaluation } from '../evaluate/evaluation.js';
import type { DerivedDates, Facts } from '../facts/derive-facts.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Days } from '../rules/schema.js';
import type { Locale } from '../text.js';

/** Everything the assembly steps read; built once per case. */
export interface AssemblyContext {
  kase: Case;
  ruleSet: RuleSet;
  facts: Facts;
  dates: DerivedDates;
  evaluation: Evaluation;
  /** Fired rules in priority order, then definition order: never the engine's completion order. */
  fired: CompiledRule[];
  asOf: number;
  timeZone: string;
  locale: Locale;
  calendar: WorkingCalendar;
  /** Set when any day count ran past the calendar's data; the provisional years any clock used. */
  notes: { outsideCalendar: boolean; provisionalYears?: Set<number> };
}

/** Records in `ctx.notes` what a day count used. */
export function noteCalendarUse(
  ctx: AssemblyContext,
  used: { outsideCalendar: boolean; provisionalYears: readonly number[] },
): void {
  ctx.notes.outsideCalendar ||= used.outsideCalendar;
  if (used.provisionalYears.length === 0) return;
  ctx.notes.provisionalYears ??= new Set();
  for (const year of used.provisionalYears) ctx.notes.provisionalYears.add(year);
}

export function resolveDays(days: Days, ruleSet: RuleSet): number {
  return typeof days === 'number' ? days : ruleSet.parameterValues[days.param]!;
}
