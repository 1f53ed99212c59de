import { assembleResult } from './assemble/assemble-result.js';
import { chineseWorkingCalendar, type WorkingCalendar } from './calendar/working-calendar.js';
import { instantOf } from './calendar/zoned-time.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from './case/limits.js';
import { createCaseSchema } from './case/schema.js';
import { validateCase } from './case/validate-case.js';
import { InvalidCaseError } from './errors/invalid-case-error.js';
import { TriageError } from './errors/triage-error.js';
import { createCompiledEvaluator } from './evaluate/compiled-evaluator.js';
import { createLazyEngineEvaluator } from './evaluate/lazy-engine-evaluator.js';
import type { Evaluator } from './evaluate/evaluation.js';
import { isTriageError } from './errors/type-guards.js';
import { findUnreadableValue } from './case/find-unreadable-value.js';
import { deriveFacts, type Facts } from './facts/derive-facts.js';
import { findPrematureContacts } from './facts/find-premature-contacts.js';
import type { Issue } from './issues.js';
import type { Result } from './result/schema.js';
import type { TriageInput } from './case/case-input.js';
import type { RuleSet, RuleSource } from './rules/rule-set.js';
import type { Locale } from './text.js';

/**
 * Options for {@link createTriage}.
 *
 * @example
 * const triage = createTriage({ parameters: { retrieval_response_working_days: 7 }, locale: 'en', clock: () => new Date() });
 */
export interface CreateTriageOptions {
  /** A compiled rule set, or rule files to compile. Default: the bundled rules. */
  rules?: RuleSet | readonly RuleSource[];
  /**
   * Override parameter values declared by the packs, whatever `rules` is (a compiled set is compiled
   * again from its files with them). An unknown name or an out-of-range value throws
   * `InvalidRulesError` (`code: 'invalid_rules'`) whose issues name the parameter.
   */
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
  /**
   * How conditions are evaluated. `'compiled'` (default): plain functions compiled from the
   * json-rules-engine conditions, proven equal to the engine by the test suite; `'json-rules-engine'`:
   * the engine itself, about 100 times slower.
   */
  evaluator?: 'compiled' | 'json-rules-engine';
}

/**
 * What {@link Triage.safeTriage} answers: the result, or the issues that make the case invalid.
 *
 * @example
 * const outcome = await triage.safeTriage(input);
 * if (outcome.ok) console.log(outcome.result.escalation.channel);
 * else for (const issue of outcome.issues) console.error(issue.path, issue.message);
 */
export type SafeTriageResult = { ok: true; result: Result } | { ok: false; issues: Issue[] };

/**
 * A triage object: built once, reused for any number of (overlapping) calls.
 *
 * @example
 * const triage: Triage = createTriage();
 * const results = await Promise.all(cases.map((kase) => triage.triage(kase)));
 */
export interface Triage {
  /** The rule set in use. */
  readonly ruleSet: RuleSet;
  /**
   * Advice for one case; rejects with `InvalidCaseError` (`code: 'invalid_case'`) on bad input.
   * Takes `unknown` (e.g. parsed JSON) or a {@link CaseInput}, whose ids are checked at compile time.
   */
  triage<const T>(input: T & TriageInput<T>): Promise<Result>;
  /** Like `triage`, but answers bad input with `{ ok: false, issues }` instead of rejecting. */
  safeTriage<const T>(input: T & TriageInput<T>): Promise<SafeTriageResult>;
}

/** The clock's instant; a clock that throws is a TriageError, not a crash. */
function readClock(clock: () => Date | number): number {
  try {
    return Number(clock());
  } catch (error) {
    throw new TriageError('invalid_clock', `The clock threw: ${error instanceof Error ? error.message : 'an error'}`);
  }
}

/**
 * A triage object over a rule set already compiled (the steps every entry shares); the options are
 * checked by the caller. {@link createTriage} resolves the rules and calls this.
 *
 * @example
 * const triage = createTriageFor(compileRuleSet(files), { locale: 'en' });
 */
export function createTriageFor(ruleSet: RuleSet, options: CreateTriageOptions = {}): Triage {
  const calendar = options.calendar ?? chineseWorkingCalendar();
  const limits: CaseLimits = { ...DEFAULT_CASE_LIMITS, ...options.limits };
  const schema = createCaseSchema(ruleSet.vocabulary, limits);
  const evaluator: Evaluator =
    options.evaluator === 'json-rules-engine' ? createLazyEngineEvaluator(ruleSet) : createCompiledEvaluator(ruleSet);
  // Fired rules are merged in priority order, then definition order: each rule's place, found once.
  const byPriority = [...ruleSet.rules].sort((a, b) => b.priority - a.priority || a.index - b.index);
  const placeOf = new Map(byPriority.map((rule, place) => [rule.index, place]));

  /** The result, or the issues of an invalid case; throws a TriageError when a rule or the clock fails. */
  async function attempt(input: unknown): Promise<SafeTriageResult> {
    let validated: ReturnType<typeof validateCase>;
    try {
      validated = validateCase(schema, input, limits);
    } catch (error) {
      return { ok: false, issues: [findUnreadableValue(input, error, limits.maxNodes)] };
    }
    if (!validated.ok) return validated;
    const kase = validated.value;
    const timeZone = kase.timeZone ?? options.timeZone ?? 'Asia/Shanghai';
    const locale = kase.locale ?? options.locale ?? 'zh-CN';
    let asOf: number;
    if (kase.asOf !== undefined) asOf = instantOf(kase.asOf, timeZone);
    else if (options.clock) asOf = readClock(options.clock);
    else
      return {
        ok: false,
        issues: [
          {
            code: 'missing_as_of',
            path: '/asOf',
            message: 'expected asOf in the case or a clock in createTriage options; found neither',
          },
        ],
      };
    // A case's own asOf passed the year limits already; the clock is checked here.
    const year = Number.isFinite(asOf) ? new Date(asOf).getUTCFullYear() : NaN;
    if (kase.asOf === undefined && !(year >= limits.minYear && year <= limits.maxYear))
      throw new TriageError(
        'invalid_clock',
        `The clock returned ${String(asOf)}, not a time between the years minYear ${limits.minYear} and maxYear ${limits.maxYear}`,
      );

    const context = { asOf, timeZone, calendar, parameters: ruleSet.parameterValues };
    const evaluate = (f: Facts) => (evaluator.evaluateSync ? evaluator.evaluateSync(f) : evaluator.evaluate(f));
    let derived = deriveFacts(kase, ruleSet, context);
    const premature = await findPrematureContacts(kase, ruleSet, timeZone, derived.facts, evaluate);
    // Rare: a rung tried too early counts as not tried, so the facts are derived again with it.
    if (premature.size > 0) derived = deriveFacts(kase, ruleSet, { ...context, premature });
    const { facts, dates } = derived;
    const evaluation = await evaluate(facts);
    const fired = [...evaluation.fired]
      .map((index) => placeOf.get(index)!)
      .sort((a, b) => a - b)
      .map((place) => byPriority[place]!);
    const result = assembleResult({
      kase,
      ruleSet,
      facts,
      dates,
      evaluation,
      fired,
      asOf,
      timeZone,
      locale,
      calendar,
      notes: { outsideCalendar: false },
    });
    return { ok: true, result };
  }

  return {
    ruleSet,
    async safeTriage(input) {
      try {
        return await attempt(input);
      } catch (error) {
        // Never rejects: a failing rule or clock is answered with its issues, anything else as one issue.
        if (isTriageError(error) && error.issues.length > 0) return { ok: false, issues: [...error.issues] };
        const code = isTriageError(error) ? error.code : 'internal_error';
        return {
          ok: false,
          issues: [{ code, path: '', message: error instanceof Error ? error.message : 'the triage failed' }],
        };
      }
    },
    async triage(input) {
      const outcome = await attempt(input);
      if (!outcome.ok) throw new InvalidCaseError(outcome.issues);
      return outcome.result;
    },
  };
}
