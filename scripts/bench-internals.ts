// The package's stages, for scripts/bench.mjs (which bundles this file with esbuild at run time, so
// the package needs no internal export): the default path taken apart to time each stage, and the
// naive integration — one json-rules-engine Engine built for every case — with the same case
// validation, facts and assembly. `createTriage` in src/triage.ts is the reference both follow;
// the benchmark checks that their results equal the package's before it times anything.
import { assembleResult } from '../src/assemble/assemble-result.js';
import { chineseWorkingCalendar } from '../src/calendar/working-calendar.js';
import { instantOf } from '../src/calendar/zoned-time.js';
import { DEFAULT_CASE_LIMITS } from '../src/case/limits.js';
import type { Case } from '../src/case/schema.js';
import { createCaseSchema } from '../src/case/schema.js';
import { validateCase } from '../src/case/validate-case.js';
import { createCompiledEvaluator } from '../src/evaluate/compiled-evaluator.js';
import { createEngineEvaluator } from '../src/evaluate/engine-evaluator.js';
import type { Evaluation } from '../src/evaluate/evaluation.js';
import { deriveFacts, type DerivedFacts } from '../src/facts/derive-facts.js';
import type { Result } from '../src/result/schema.js';
import type { RuleSet } from '../src/rules/rule-set.js';
import { defaultRules } from '../src/triage.js';

export { defaultRules };

/** A validated case with what the later stages need: its instant, zone and locale. */
export interface Prepared {
  kase: Case;
  asOf: number;
  timeZone: string;
  locale: 'zh-CN' | 'en';
}

export interface Stages {
  validate(input: unknown): Prepared | undefined;
  derive(prepared: Prepared): DerivedFacts;
  evaluate(derived: DerivedFacts): Evaluation;
  assemble(prepared: Prepared, derived: DerivedFacts, evaluation: Evaluation): Result;
}

/** The default path's stages, as `createTriage()` runs them for cases that carry their `asOf`. */
export function createStages(ruleSet: RuleSet = defaultRules()): Stages {
  const calendar = chineseWorkingCalendar();
  const limits = DEFAULT_CASE_LIMITS;
  const schema = createCaseSchema(ruleSet.vocabulary, limits);
  const evaluator = createCompiledEvaluator(ruleSet);
  const byPriority = [...ruleSet.rules].sort((a, b) => b.priority - a.priority || a.index - b.index);
  return {
    validate(input) {
      const validated = validateCase(schema, input, limits);
      if (!validated.ok || validated.value.asOf === undefined) return undefined;
      const kase = validated.value;
      const timeZone = kase.timeZone ?? 'Asia/Shanghai';
      return { kase, timeZone, locale: kase.locale ?? 'zh-CN', asOf: instantOf(kase.asOf!, timeZone) };
    },
    derive: ({ kase, asOf, timeZone }) =>
      deriveFacts(kase, ruleSet, { asOf, timeZone, calendar, parameters: ruleSet.parameterValues }),
    evaluate: ({ facts }) => evaluator.evaluateSync!(facts),
    assemble({ kase, asOf, timeZone, locale }, { facts, dates }, evaluation) {
      const fired = byPriority.filter((rule) => evaluation.fired.has(rule.index));
      return assembleResult({
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
    },
  };
}

/**
 * The naive integration: every bundled pack, gate and doneWhen in one json-rules-engine Engine,
 * built anew for each case (new Engine, its rules and named conditions), then run on the same
 * facts and assembled the same way.
 */
export function createNaiveTriage(ruleSet: RuleSet = defaultRules()): (input: unknown) => Promise<Result | undefined> {
  const stages = createStages(ruleSet);
  return async (input) => {
    const prepared = stages.validate(input);
    if (!prepared) return undefined;
    const derived = stages.derive(prepared);
    const evaluation = await createEngineEvaluator(ruleSet, 0).evaluate(derived.facts);
    return stages.assemble(prepared, derived, evaluation);
  };
}
