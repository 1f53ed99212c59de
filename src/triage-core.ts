import { InvalidCaseError } from './errors/invalid-case-error.js';
import { isTriageError } from './errors/type-guards.js';
import type { Issue } from './issues.js';
import { createPipeline } from './pipeline/create-pipeline.js';
import type { PipelineOptions } from './pipeline/pipeline-options.js';
import { runPipeline } from './pipeline/run-pipeline.js';
import type { Result } from './result/schema.js';
import type { TriageInput } from './case/case-input.js';
import type { RuleSet, RuleSource } from './rules/rule-set.js';

/**
 * Options for {@link createTriage}.
 *
 * @example
 * const triage = createTriage({
 *   parameters: { retrieval_response_working_days: 7 },
 *   locale: 'en',
 *   clock: () => new Date(),
 * });
 */
export interface CreateTriageOptions extends PipelineOptions {
  /** A compiled rule set, or rule files to compile. Default: the bundled rules. */
  rules?: RuleSet | readonly RuleSource[];
  /**
   * Override parameter values declared by the packs, whatever `rules` is (a compiled set is compiled
   * again from its files with them). An unknown name or an out-of-range value throws
   * `InvalidRulesError` (`code: 'invalid_rules'`) whose issues name the parameter.
   */
  parameters?: Record<string, number>;
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

/**
 * A triage object over a rule set already compiled (the steps every entry shares, in
 * `src/pipeline/`); the options are checked by the caller. {@link createTriage} resolves the rules
 * and calls this.
 *
 * @example
 * const triage = createTriageFor(compileRuleSet(files), { locale: 'en' });
 */
export function createTriageFor(ruleSet: RuleSet, options: CreateTriageOptions = {}): Triage {
  const pipeline = createPipeline(ruleSet, options);

  /** The result, or the issues of an invalid case; throws a TriageError when a rule or the clock fails. */
  async function attempt(input: unknown): Promise<SafeTriageResult> {
    const outcome = await runPipeline(pipeline, input);
    return outcome.ok ? { ok: true, result: outcome.value } : outcome;
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
