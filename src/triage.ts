import { assembleResult } from './assemble/assemble-result.js';
import { chineseWorkingCalendar, type WorkingCalendar } from './calendar/working-calendar.js';
import { instantOf } from './calendar/zoned-time.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from './case/limits.js';
import { createCaseSchema } from './case/schema.js';
import { validateCase } from './case/validate-case.js';
import { InvalidCaseError } from './errors/invalid-case-error.js';
import { TriageError } from './errors/triage-error.js';
import { createEngineEvaluator } from './evaluate/engine-evaluator.js';
import type { Evaluator } from './evaluate/evaluation.js';
import { deriveFacts } from './facts/derive-facts.js';
import type { Issue } from './issues.js';
import type { Result } from './result/schema.js';
import { compileRuleSet } from './rules/compile-rule-set.js';
import type { RuleSet, RuleSource } from './rules/rule-set.js';
import { DEFAULT_RULE_SOURCES } from './generated/default-rules.js';
import type { Locale } from './text.js';

/** Options for {@link createTriage}. */
export interface CreateTriageOptions {
  /** A compiled rule set, or rule files to compile. Default: the bundled rules. */
  rules?: RuleSet | readonly RuleSource[];
  /** Override parameter values declared by the packs (only when `rules` is not a compiled set). */
  parameters?: Record<string, number>;
  /** Supplies "now" for cases without `asOf`. Default: none, so such cases are rejected. */
  clock?: () => Date | number;
  /** Working-day calendar. Default: mainland China with make-up working days. */
  calendar?: WorkingCalendar;
  /** Zone for cases that name none. Default: Asia/Shanghai. */
  timeZone?: string;
  /** Locale for cases that name none. Default: zh-CN. */
  locale?: Locale;
  /** Size limits for cases. */
  limits?: Partial<CaseLimits>;
}

export type SafeTriageResult = { ok: true; result: Result } | { ok: false; issues: Issue[] };

/** A triage object: built once, reused for any number of (overlapping) calls. */
export interface Triage {
  /** The rule set in use. */
  readonly ruleSet: RuleSet;
  /** Advice for one case; rejects with `InvalidCaseError` (`code: 'invalid_case'`) on bad input. */
  triage(input: unknown): Promise<Result>;
  /** Like `triage`, but answers bad input with `{ ok: false, issues }` instead of rejecting. */
  safeTriage(input: unknown): Promise<SafeTriageResult>;
}

let defaultRuleSet: RuleSet | undefined;

/** The bundled rule set, compiled once. */
export function defaultRules(): RuleSet {
  defaultRuleSet ??= compileRuleSet(DEFAULT_RULE_SOURCES);
  return defaultRuleSet;
}

function isRuleSet(rules: RuleSet | readonly RuleSource[]): rules is RuleSet {
  return !Array.isArray(rules);
}

/**
 * Builds a triage object over a rule set.
 *
 * @example
 * import { createTriage } from 'pos-dispute-triage';
 * const triage = createTriage();
 * const result = await triage.triage({
 *   id: 'case-1',
 *   scenario: 'chargeback',
 *   asOf: '2026-11-05T10:00:00+08:00',
 *   dispute: { stage: 'retrieval', noticeAt: '2026-11-03' },
 * });
 * console.log(result.escalation.channel, result.deadlines[0]?.dueAt);
 */
export function createTriage(options: CreateTriageOptions = {}): Triage {
  const ruleSet = options.rules
    ? isRuleSet(options.rules)
      ? options.rules
      : compileRuleSet(options.rules, { parameters: options.parameters })
    : options.parameters
      ? compileRuleSet(DEFAULT_RULE_SOURCES, { parameters: options.parameters })
      : defaultRules();
  const calendar = options.calendar ?? chineseWorkingCalendar();
  const schema = createCaseSchema(ruleSet.vocabulary, { ...DEFAULT_CASE_LIMITS, ...options.limits });
  const evaluator: Evaluator = createEngineEvaluator(ruleSet);

  async function safeTriage(input: unknown): Promise<SafeTriageResult> {
    const validated = validateCase(schema, input);
    if (!validated.ok) return validated;
    const kase = validated.value;
    const timeZone = kase.timeZone ?? options.timeZone ?? 'Asia/Shanghai';
    const locale = kase.locale ?? options.locale ?? 'zh-CN';
    let asOf: number;
    if (kase.asOf !== undefined) asOf = instantOf(kase.asOf, timeZone);
    else if (options.clock) asOf = Number(options.clock());
    else return { ok: false, issues: [{ code: 'missing_as_of', path: '/asOf', message: 'expected asOf in the case or a clock in createTriage options; found neither' }] };
    if (!Number.isFinite(asOf)) throw new TriageError('invalid_clock', `The clock returned an invalid time: ${String(asOf)}`);

    const { facts, dates } = deriveFacts(kase, ruleSet, { asOf, timeZone, calendar, parameters: ruleSet.parameterValues });
    const evaluation = await evaluator.evaluate(facts);
    const fired = ruleSet.rules.filter((rule) => evaluation.fired.has(rule.index)).sort((a, b) => b.priority - a.priority || a.index - b.index);
    const result = assembleResult({ kase, ruleSet, facts, dates, evaluation, fired, asOf, timeZone, locale, calendar, notes: { outsideCalendar: false } });
    return { ok: true, result };
  }

  return {
    ruleSet,
    safeTriage,
    async triage(input) {
      const outcome = await safeTriage(input);
      if (!outcome.ok) throw new InvalidCaseError(outcome.issues);
      return outcome.result;
    },
  };
}
