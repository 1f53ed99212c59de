import type { Case } from '../case/schema.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Evaluation } from '../evaluate/evaluation.js';
import type { DerivedDates, Facts } from '../facts/derive-facts.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Locale } from '../text.js';

/**
 * Everything the assembly steps read; built once per case and never changed: each step returns
 * its part of the result (and what its day counts used of the calendar) instead.
 */
export interface AssemblyContext {
  readonly kase: Case;
  readonly ruleSet: RuleSet;
  readonly facts: Facts;
  readonly dates: DerivedDates;
  readonly evaluation: Evaluation;
  /** Fired rules in priority order, then definition order: never the engine's completion order. */
  readonly fired: readonly CompiledRule[];
  readonly asOf: number;
  readonly timeZone: string;
  readonly locale: Locale;
  readonly calendar: WorkingCalendar;
}
