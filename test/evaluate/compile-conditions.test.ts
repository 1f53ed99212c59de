import { describe, expect, it } from 'vitest';
import { createCompiledEvaluator } from '../../src/evaluate/compiled-evaluator.js';
import { createEngineEvaluator } from '../../src/evaluate/engine-evaluator.js';
import type { Evaluation } from '../../src/evaluate/evaluation.js';
import { OPERATORS as ENGINE_OPERATORS } from '../../src/facts/fact-catalog.js';
import type { Condition } from '../../src/rules/condition-schema.js';
import type { RuleSet } from '../../src/rules/rule-set.js';
import { createRandom, type Random } from '../../scripts/generate-cases.mjs';

// The bundled rules use a small part of json-rules-engine's condition language. Here random
// conditions use all of it — every operator (and decorated ones), null / missing / mistyped
// values, paths into non-objects, fact references, empty groups, priorities, named conditions,
// conditions that throw — against random facts, and the compiled evaluator must answer exactly
// as json-rules-engine does, throwing where it rejects. (References to undeclared named conditions
// are tested on their own: the engine throws those synchronously mid-group, leaving its other
// rejected promises unhandled, which would fail the test run.)

const FACTS = ['scenario', 'stage', 'amount', 'evidenceHeld', 'signals', 'contact', 'params', 'notThere'];
const PATHS = ['fraudSuspected', 'a.tried', '$.a.tried', 'limit', 'a', 'missing.deeper', 'a..b', 'a b', ''];
// The engine's operators as the fact catalog lists them, then decorated and unknown ones.
const OPERATORS = [
  ...ENGINE_OPERATORS,
  'not:equal',
  'swap:contains',
  'someValue:equal',
  'everyFact:greaterThan',
  'bogus',
];
const VALUES: unknown[] = [
  null,
  0,
  1,
  2.5,
  -1,
  '1',
  '12abc',
  'abc',
  'chargeback',
  '',
  true,
  false,
  [],
  ['chargeback', 'refund_request'],
  [1, '1', null],
  'charge',
  { fact: 'amount' },
  { fact: 'params', path: 'limit' },
  { fact: 'notThere' },
  { fact: 'evidenceHeld' },
];
const FACT_VALUES: unknown[] = [
  null,
  undefined,
  0,
  3,
  1e21,
  Number.NaN,
  '7',
  '12abc',
  'abc',
  'chargeback',
  true,
  false,
  [],
  ['a', 'b'],
  [3],
  { a: { tried: true } },
  { fraudSuspected: true, limit: 2 },
];

/** Values `in` and `notIn` can search (arrays, strings) and facts that exist: nothing throws. */
const TAME_VALUES = VALUES.filter((value) => Array.isArray(value) || typeof value === 'string');

function randomLeaf(rnd: Random, tame: boolean): Condition {
  const operator = tame || rnd.chance(0.8) ? rnd.pick(OPERATORS.slice(0, 10)) : rnd.pick(OPERATORS);
  const searches = operator === 'in' || operator === 'notIn';
  const value =
    tame && searches
      ? rnd.pick(TAME_VALUES)
      : rnd.pick(VALUES.filter((v) => !tame || !(v as { fact?: string })?.fact?.startsWith('not')));
  const leaf: Record<string, unknown> = { fact: rnd.pick(tame ? FACTS.slice(0, -1) : FACTS), operator, value };
  if (rnd.chance(0.4)) leaf.path = rnd.pick(PATHS);
  if (rnd.chance(0.15)) leaf.priority = rnd.int(1, 3);
  return leaf as unknown as Condition;
}

function randomCondition(rnd: Random, depth: number, named: readonly string[], tame: boolean): Condition {
  const roll = rnd.next();
  if (depth <= 0 || roll < 0.35) return randomLeaf(rnd, tame);
  if (roll < 0.45 && named.length > 0) return { condition: rnd.pick(named) };
  if (roll < 0.55) return { not: randomCondition(rnd, depth - 1, named, tame) };
  const children = Array.from({ length: rnd.int(0, 4) }, () => randomCondition(rnd, depth - 1, named, tame));
  const group = (rnd.chance(0.5) ? { all: children } : { any: children }) as Condition & { priority?: number };
  if (rnd.chance(0.2)) group.priority = rnd.int(1, 3);
  return group;
}

function randomTop(rnd: Random, named: readonly string[], tame: boolean): Condition {
  const condition = randomCondition(rnd, 3, named, tame);
  if ('all' in condition || 'any' in condition || 'not' in condition || 'condition' in condition) return condition;
  return rnd.chance(0.5) ? { all: [condition] } : { any: [condition] };
}

function randomFacts(rnd: Random, tame: boolean): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const name of FACTS) {
    if (name === 'notThere' && rnd.chance(0.8)) continue;
    if (!tame && rnd.chance(0.03)) continue;
    facts[name] =
      name === 'scenario' && rnd.chance(0.7)
        ? rnd.pick(['chargeback', 'refund_request', 'charge'])
        : rnd.pick(FACT_VALUES);
  }
  return facts;
}

/** A rule set with just what the evaluators read: rules, named conditions, gates and doneWhen. */
function ruleSetOf(rules: Condition[], namedConditions: Record<string, Condition>, gate: Condition): RuleSet {
  return {
    rules: rules.map((conditions, index) => ({ index, priority: 1 + (index % 3), conditions })),
    namedConditions,
    catalog: { gates: { some_gate: { conditions: gate } }, actions: { some_action: { doneWhen: gate } } },
  } as unknown as RuleSet;
}

function describeOutcome(outcome: Evaluation | 'throws'): string {
  return outcome === 'throws'
    ? 'throws'
    : JSON.stringify({ fired: [...outcome.fired].sort(), gates: outcome.gates, done: outcome.done });
}

describe('compiled conditions', () => {
  it('answer random conditions over the whole condition language exactly as json-rules-engine does', async () => {
    const rnd = createRandom(42);
    const differences: string[] = [];
    let throwing = 0;
    let answered = 0;
    let fired = 0;
    for (let set = 0; set < 1000; set += 1) {
      // Half the sets are tame (nothing in them can throw), so that answers are compared as often as rejections.
      const tame = set % 2 === 0;
      // Named conditions refer only to later ones: json-rules-engine never ends a cycle.
      const names = ['n0', 'n1', 'n2'];
      const namedConditions: Record<string, Condition> = {};
      for (let i = names.length - 1; i >= 0; i -= 1)
        namedConditions[names[i]!] = randomTop(rnd, names.slice(i + 1), tame);
      const ruleSet = ruleSetOf(
        Array.from({ length: 4 }, () => randomTop(rnd, names, tame)),
        namedConditions,
        randomTop(rnd, names, tame),
      );
      const engine = createEngineEvaluator(ruleSet);
      const compiled = createCompiledEvaluator(ruleSet);
      for (let f = 0; f < 12; f += 1) {
        const facts = randomFacts(rnd, tame);
        const expected = await engine.evaluate(facts).catch(() => 'throws' as const);
        let actual: Evaluation | 'throws';
        try {
          actual = compiled.evaluateSync!(facts);
        } catch {
          actual = 'throws';
        }
        if (expected === 'throws') throwing += 1;
        else {
          answered += 1;
          fired += expected.fired.size;
        }
        if (describeOutcome(actual) !== describeOutcome(expected) && differences.length < 3) {
          differences.push(
            `rules ${JSON.stringify(ruleSet.rules.map((r) => r.conditions))}\nnamed ${JSON.stringify(namedConditions)}\nfacts ${JSON.stringify(facts)}\nengine ${describeOutcome(expected)}\ncompiled ${describeOutcome(actual)}`,
          );
        }
      }
    }
    console.info(`random conditions: ${answered} answers, ${throwing} rejections, ${fired} rules fired`);
    expect(differences).toEqual([]);
    // Both kinds of answer occur often enough to mean something.
    expect(throwing).toBeGreaterThan(1000);
    expect(answered).toBeGreaterThan(4000);
    expect(fired).toBeGreaterThan(6000);
  });

  it('treats an empty all and an empty any as true, as json-rules-engine does', async () => {
    const ruleSet = ruleSetOf([{ all: [] }, { any: [] }, { not: { any: [] } }], {}, { all: [] });
    const facts = { scenario: 'chargeback' };
    const expected = await createEngineEvaluator(ruleSet).evaluate(facts);
    expect([...expected.fired].sort()).toEqual([0, 1]);
    expect(describeOutcome(createCompiledEvaluator(ruleSet).evaluateSync!(facts))).toBe(describeOutcome(expected));
  });

  it('throws where json-rules-engine rejects: in on null, an undefined fact, an unknown operator, an undeclared named condition', async () => {
    for (const condition of [
      { condition: 'never_declared' },
      { all: [{ fact: 'stage', operator: 'in', value: null }] },
      { all: [{ fact: 'notThere', operator: 'equal', value: 1 }] },
      { all: [{ fact: 'stage', operator: 'bogus', value: 1 }] },
      { all: [{ fact: 'stage', operator: 'equal', value: { fact: 'notThere' } }] },
    ] as Condition[]) {
      const ruleSet = ruleSetOf([condition], {}, { all: [] });
      await expect(createEngineEvaluator(ruleSet).evaluate({ stage: 'x' })).rejects.toThrow();
      expect(() => createCompiledEvaluator(ruleSet).evaluateSync!({ stage: 'x' })).toThrow();
    }
  });

  it('stops at a higher-priority condition that settles a group before a throwing one runs, as json-rules-engine does', async () => {
    const settles = { fact: 'stage', operator: 'equal', value: 'other', priority: 2 };
    const throws = { fact: 'stage', operator: 'in', value: null };
    const ruleSet = ruleSetOf([{ all: [throws, settles] } as Condition], {}, { all: [] });
    expect((await createEngineEvaluator(ruleSet).evaluate({ stage: 'x' })).fired.size).toBe(0);
    expect(createCompiledEvaluator(ruleSet).evaluateSync!({ stage: 'x' }).fired.size).toBe(0);
  });
});
