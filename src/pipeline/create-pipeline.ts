import { chineseWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from '../case/limits.js';
import { createCaseSchema } from '../case/schema.js';
import { createCompiledEvaluator } from '../evaluate/compiled-evaluator.js';
import type { Evaluator } from '../evaluate/evaluation.js';
import { createLazyEngineEvaluator } from '../evaluate/lazy-engine-evaluator.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Locale } from '../text.js';
import type { PipelineOptions } from './pipeline-options.js';

/** What every step of one rule set's pipeline shares, built once: never changed by a case. */
export interface Pipeline {
  readonly ruleSet: RuleSet;
  readonly calendar: WorkingCalendar;
  readonly limits: CaseLimits;
  /** The case schema for the rule set's vocabulary and the limits. */
  readonly schema: ReturnType<typeof createCaseSchema>;
  readonly evaluator: Evaluator;
  /** The rules in merge order: priority, then definition order. */
  readonly byPriority: readonly CompiledRule[];
  /** Each rule's place in `byPriority`, by its index. */
  readonly placeOf: ReadonlyMap<number, number>;
  /** Zone and locale for cases that name none, and the clock for cases without `asOf`. */
  readonly defaults: { readonly timeZone: string; readonly locale: Locale; readonly clock?: () => Date | number };
}

/**
 * The per-rule-set state of the triage pipeline: schema, evaluator and priority order, built once
 * and shared by every case (and every entry: `createTriage`, the benchmark, what-if through them).
 *
 * @example
 * const pipeline = createPipeline(defaultRules(), { locale: 'en' });
 * const outcome = await runPipeline(pipeline, kase);
 */
export function createPipeline(ruleSet: RuleSet, options: PipelineOptions = {}): Pipeline {
  const limits: CaseLimits = { ...DEFAULT_CASE_LIMITS, ...options.limits };
  const evaluator =
    options.evaluator === 'json-rules-engine' ? createLazyEngineEvaluator(ruleSet) : createCompiledEvaluator(ruleSet);
  // Fired rules are merged in priority order, then definition order: each rule's place, found once.
  const byPriority = [...ruleSet.rules].sort((a, b) => b.priority - a.priority || a.index - b.index);
  return {
    ruleSet,
    calendar: options.calendar ?? chineseWorkingCalendar(),
    limits,
    schema: createCaseSchema(ruleSet.vocabulary, limits),
    evaluator,
    byPriority,
    placeOf: new Map(byPriority.map((rule, place) => [rule.index, place])),
    defaults: {
      timeZone: options.timeZone ?? 'Asia/Shanghai',
      locale: options.locale ?? 'zh-CN',
      clock: options.clock,
    },
  };
}
