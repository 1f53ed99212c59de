import { Engine, type RuleProperties } from 'json-rules-engine';
import type { FactValues } from '../facts/facts.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Evaluation, Evaluator } from './evaluation.js';
import { resolvePath } from './resolve-path.js';
import { createCompiledEvaluator } from './compiled-evaluator.js';
import { ruleFailure } from './rule-failure.js';
import type { TriageError } from '../errors/triage-error.js';
import { isTriageError } from '../errors/type-guards.js';

// The one module that talks to json-rules-engine; its types stay here.

const RULE = 'r:';
const GATE = 'g:';
const DONE = 'd:';

function engineRules(ruleSet: RuleSet): RuleProperties[] {
  const out: RuleProperties[] = ruleSet.rules.map((rule) => ({
    name: RULE + rule.index,
    priority: rule.priority,
    conditions: structuredClone(rule.conditions) as RuleProperties['conditions'],
    event: { type: 'rule' },
  }));
  for (const [id, gate] of Object.entries(ruleSet.catalog.gates)) {
    out.push({
      name: GATE + id,
      priority: 1,
      conditions: structuredClone(gate.conditions) as RuleProperties['conditions'],
      event: { type: 'gate' },
    });
  }
  for (const [id, action] of Object.entries(ruleSet.catalog.actions)) {
    if (action.doneWhen)
      out.push({
        name: DONE + id,
        priority: 1,
        conditions: structuredClone(action.doneWhen) as RuleProperties['conditions'],
        event: { type: 'done' },
      });
  }
  return out;
}

function buildEngine(ruleSet: RuleSet): Engine {
  const engine = new Engine(engineRules(ruleSet), {
    allowUndefinedFacts: false,
    allowUndefinedConditions: false,
    pathResolver: resolvePath,
  });
  for (const [name, condition] of Object.entries(ruleSet.namedConditions)) {
    engine.setCondition(name, structuredClone(condition) as Parameters<Engine['setCondition']>[1]);
  }
  return engine;
}

/** The engine's run rejected: the compiled evaluator (equal in meaning) names the condition that throws. */
function locateFailure(ruleSet: RuleSet, facts: FactValues, error: unknown): TriageError {
  try {
    createCompiledEvaluator(ruleSet).evaluateSync!(facts);
  } catch (located) {
    if (isTriageError(located) && located.code === 'rule_failed') return located;
  }
  return ruleFailure(ruleSet, [], facts, error);
}

/**
 * Evaluates with json-rules-engine itself. An Engine keeps its run state on the instance, so
 * overlapping runs on one Engine skip rules: each run borrows an Engine from a pool of at most
 * `maxEngines` and returns it; when all are busy, calls wait in order (building one Engine per
 * call in flight took gigabytes for thousands of concurrent calls).
 */
export function createEngineEvaluator(ruleSet: RuleSet, maxEngines = 8): Evaluator {
  const idle: Engine[] = [buildEngine(ruleSet)];
  let built = 1;
  const waiting: Array<(engine: Engine) => void> = [];
  const gateIds = Object.keys(ruleSet.catalog.gates);
  const doneIds = Object.keys(ruleSet.catalog.actions).filter((id) => ruleSet.catalog.actions[id]!.doneWhen);

  function borrow(): Engine | Promise<Engine> {
    const engine = idle.pop();
    if (engine) return engine;
    if (built < maxEngines) {
      built += 1;
      return buildEngine(ruleSet);
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function giveBack(engine: Engine): void {
    const next = waiting.shift();
    if (next) next(engine);
    else idle.push(engine);
  }

  return {
    async evaluate(facts: FactValues): Promise<Evaluation> {
      const engine = await borrow();
      let settled = false;
      try {
        const { results } = await engine.run(facts);
        settled = true;
        const names = new Set(results.map((result) => String(result.name)));
        const fired = new Set<number>();
        for (const rule of ruleSet.rules) if (names.has(RULE + rule.index)) fired.add(rule.index);
        const gates: Record<string, boolean> = {};
        for (const id of gateIds) gates[id] = names.has(GATE + id);
        const done: Record<string, boolean> = {};
        for (const id of doneIds) done[id] = names.has(DONE + id);
        return { fired, gates, done };
      } catch (error) {
        throw locateFailure(ruleSet, facts, error);
      } finally {
        // A run that rejects goes on evaluating its other rules in the background, and would mark
        // the Engine finished in the middle of its next run: its place goes to a fresh Engine.
        giveBack(settled ? engine : buildEngine(ruleSet));
      }
    },
  };
}
