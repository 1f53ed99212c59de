import { describe, expect, it } from 'vitest';
import { createCompiledEvaluator } from '../../src/evaluate/compiled-evaluator.js';
import type { Evaluation } from '../../src/evaluate/evaluation.js';
import type { Facts } from '../../src/facts/derive-facts.js';
import { defaultRules } from '../../src/triage.js';
import { createCaseGenerator } from '../../scripts/generate-cases.mjs';
import { createFactDeriver } from '../support/case-facts.js';
import { createEngineOracle } from '../support/engine-oracle.js';
import { listFixtures } from '../support/fixtures.js';

// The default path evaluates compiled closures, not json-rules-engine. Here both answer every
// fixture and GENERATED_CASES seeded cases over all scenarios; any difference in the rules that
// fire, the gates that open or the actions counted done fails the test. The engine's side comes
// from the engine oracle (test/support/engine-oracle.ts), which reuses engine answers for repeated
// leaf outcomes; the first FULL_RUN_CASES cases also go through a plain engine run, checking the
// oracle. EQUIVALENCE_CASES raises the case count for a longer local run.

const GENERATED_CASES = Math.max(100_000, Number(process.env.EQUIVALENCE_CASES ?? 0));
const FULL_RUN_CASES = 500;
const SEED = 20261124;

function describeEvaluation(evaluation: Evaluation | 'throws'): string {
  if (evaluation === 'throws') return 'throws';
  return JSON.stringify({
    fired: [...evaluation.fired].sort((a, b) => a - b),
    gates: evaluation.gates,
    done: evaluation.done,
  });
}

function evaluateCompiled(evaluate: (facts: Facts) => Evaluation, facts: Facts): Evaluation | 'throws' {
  try {
    return evaluate(facts);
  } catch {
    return 'throws';
  }
}

describe('compiled conditions and json-rules-engine', () => {
  const ruleSet = defaultRules();
  const derive = createFactDeriver(ruleSet);
  const compiled = createCompiledEvaluator(ruleSet);
  const evaluate = compiled.evaluateSync!;
  const oracle = createEngineOracle(ruleSet);

  it('agree on every fixture case, checked against a plain engine run too', async () => {
    const fixtures = listFixtures();
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const facts = derive(fixture.kase);
      if (!facts) continue;
      expect(await oracle.checkAgainstFullRun(facts), fixture.name).toBeUndefined();
      expect(describeEvaluation(evaluateCompiled(evaluate, facts)), fixture.name).toBe(
        describeEvaluation(await oracle.evaluate(facts)),
      );
    }
  });

  it(`agree on ${GENERATED_CASES.toLocaleString('en')} generated cases over all scenarios`, {
    timeout: 600_000,
  }, async () => {
    const generator = createCaseGenerator(ruleSet, SEED);
    const differences: string[] = [];
    const seenScenarios = new Set<string>();
    const firedRules = new Set<number>();
    let valid = 0;
    for (let i = 0; i < GENERATED_CASES; i += 1) {
      const kase = generator.next();
      const facts = derive(kase);
      if (!facts) continue;
      valid += 1;
      seenScenarios.add(kase.scenario);
      if (i < FULL_RUN_CASES) {
        const oracleVsEngine = await oracle.checkAgainstFullRun(facts);
        if (oracleVsEngine)
          differences.push(`${kase.id}: the oracle differs from a plain engine run\n${oracleVsEngine}`);
      }
      const fromCompiled = evaluateCompiled(evaluate, facts);
      const fromEngine = await oracle.evaluate(facts);
      if (fromCompiled !== 'throws') for (const index of fromCompiled.fired) firedRules.add(index);
      const [a, b] = [describeEvaluation(fromCompiled), describeEvaluation(fromEngine)];
      if (a !== b && differences.length < 5) differences.push(`${JSON.stringify(kase)}\ncompiled ${a}\nengine   ${b}`);
    }
    expect(differences).toEqual([]);
    expect(valid).toBe(GENERATED_CASES);
    expect([...seenScenarios].sort()).toEqual([...ruleSet.vocabulary.scenarios].sort());
    // The cases reach most rules, so agreement is not agreement on "nothing fires".
    expect(firedRules.size).toBeGreaterThanOrEqual(ruleSet.rules.length * 0.9);
    console.info(
      `equivalence: ${valid} cases, ${firedRules.size}/${ruleSet.rules.length} rules fired at least once, ${oracle.stats.engineRuns} single-rule engine runs, ${oracle.stats.fullRuns} full engine runs`,
    );
  });
});
