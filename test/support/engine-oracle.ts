import { Engine } from 'json-rules-engine';
import { createEngineEvaluator } from '../../src/evaluate/engine-evaluator.js';
import type { Evaluation, Evaluator } from '../../src/evaluate/evaluation.js';
import { resolvePath } from '../../src/evaluate/resolve-path.js';
import type { Condition } from '../../src/rules/condition-schema.js';
import type { RuleSet } from '../../src/rules/rule-set.js';

// json-rules-engine's answers for many cases, at the cost of far fewer engine runs. In the engine
// a rule's outcome is a function of its leaf conditions' outcomes: a leaf reads its fact (and a
// referenced fact) through the almanac and applies an operator; groups only combine what their
// leaves answered, in an order fixed by the rule. So the oracle
//   1. computes each leaf's outcome (true / false / throws) with the engine's own operator
//      objects (its OperatorMap), on values read as the almanac reads them, and
//   2. runs each rule, gate and doneWhen through json-rules-engine once for every distinct vector
//      of its leaves' outcomes, reusing that answer for later cases with the same vector.
// `checkAgainstFullRun` compares the oracle with a plain engine run over the whole rule set; the
// equivalence test does that for thousands of cases to show the shortcut holds.

type Outcome = 0 | 1 | 2; // false, true, throws
const THROWS: Outcome = 2;
const MISSING = Symbol('undefined fact');

interface Leaf {
  slot: number;
  refSlot?: number;
  /** The literal value, when the leaf compares with one rather than with another fact. */
  value: unknown;
  operator: { evaluate(factValue: unknown, jsonValue: unknown): boolean } | null;
}

interface Target {
  kind: 'rule' | 'gate' | 'done';
  id: string | number;
  leaves: number[];
  seen: Map<number | string, Outcome>;
  /** Facts its leaves name: the engine looks up no other, so its run gets only these. */
  facts: string[];
  engine?: Evaluator;
}

/** The almanac's `factValue(fact, params, path)` with the resolver createEngineEvaluator gives the engine. */
function readFact(facts: Record<string, unknown>, fact: unknown, path: unknown): unknown {
  if (typeof fact !== 'string' || !Object.hasOwn(facts, fact)) return MISSING;
  const value = facts[fact];
  return path && value != null && typeof value === 'object' ? resolvePath(value, path as string) : value;
}

/** The leaves' outcomes as one base-3 number (exact up to 33 leaves), else as text. */
function vectorKey(leaves: readonly number[], outcomes: readonly Outcome[]): number | string {
  if (leaves.length > 33) return leaves.map((id) => outcomes[id]).join('');
  let key = 0;
  for (const id of leaves) key = key * 3 + outcomes[id]!;
  return key;
}

function leavesOf(
  condition: Condition,
  named: RuleSet['namedConditions'],
  out: Condition[] = [],
  path = new Set<string>(),
): Condition[] {
  const node = condition as Record<string, unknown>;
  if (Object.hasOwn(node, 'condition')) {
    const name = node.condition as string;
    if (Object.hasOwn(named, name) && !path.has(name)) leavesOf(named[name]!, named, out, new Set([...path, name]));
  } else if (Object.hasOwn(node, 'any')) for (const child of node.any as Condition[]) leavesOf(child, named, out, path);
  else if (Object.hasOwn(node, 'all')) for (const child of node.all as Condition[]) leavesOf(child, named, out, path);
  else if (Object.hasOwn(node, 'not')) leavesOf(node.not as Condition, named, out, path);
  else out.push(condition);
  return out;
}

function subset(ruleSet: RuleSet, conditions: Condition): RuleSet {
  const rule = { ...ruleSet.rules[0]!, index: 0, priority: 1, conditions };
  return { ...ruleSet, rules: [rule], catalog: { ...ruleSet.catalog, gates: {}, actions: {} } } as RuleSet;
}

export interface EngineOracle {
  evaluate(facts: Record<string, unknown>): Promise<Evaluation | 'throws'>;
  /** Runs the plain engine too and reports any difference from the oracle's answer. */
  checkAgainstFullRun(facts: Record<string, unknown>): Promise<string | undefined>;
  readonly stats: { cases: number; engineRuns: number; fullRuns: number };
}

export function createEngineOracle(ruleSet: RuleSet): EngineOracle {
  const full = createEngineEvaluator(ruleSet, 16);
  // The engine's operator map: the same operator objects (decorators included) its conditions use.
  const operators = (new Engine() as unknown as { operators: { get(name: string): Leaf['operator'] } }).operators;
  const leafIds = new Map<string, number>();
  const leaves: Leaf[] = [];
  // A slot is one (fact, path) read; leaves share them, so each is read and encoded once per case.
  const slotIds = new Map<string, number>();
  const slots: Array<{ fact: unknown; path: unknown }> = [];
  const slotOf = (fact: unknown, path: unknown): number => {
    const key = JSON.stringify([fact, path ?? null]);
    let id = slotIds.get(key);
    if (id === undefined) {
      id = slots.length;
      slotIds.set(key, id);
      slots.push({ fact, path });
    }
    return id;
  };
  const leafIdsOf = (condition: Condition): number[] =>
    leavesOf(condition, ruleSet.namedConditions).map((leaf) => {
      const key = JSON.stringify(leaf);
      let id = leafIds.get(key);
      if (id === undefined) {
        id = leaves.length;
        leafIds.set(key, id);
        const l = leaf as { fact: unknown; path?: unknown; value: unknown };
        const ref =
          l.value != null && typeof l.value === 'object' && Object.hasOwn(l.value, 'fact')
            ? (l.value as { fact: unknown; path?: unknown })
            : undefined;
        const operator =
          typeof (leaf as { operator: unknown }).operator === 'string'
            ? operators.get((leaf as { operator: string }).operator)
            : null;
        leaves.push({
          slot: slotOf(l.fact, l.path),
          refSlot: ref && slotOf(ref.fact, ref.path),
          value: l.value,
          operator,
        });
        leafFacts.push([l.fact, ref?.fact].filter((fact): fact is string => typeof fact === 'string'));
      }
      return id;
    });
  const leafFacts: string[][] = [];
  const target = (kind: Target['kind'], id: string | number, condition: Condition): Target => {
    const ids = leafIdsOf(condition);
    const facts = new Set(ids.flatMap((leaf) => leafFacts[leaf]!));
    return { kind, id, leaves: ids, seen: new Map(), facts: [...facts] };
  };
  const targets: Target[] = [
    ...ruleSet.rules.map((rule) => target('rule', rule.index, rule.conditions)),
    ...Object.entries(ruleSet.catalog.gates).map(([id, gate]) => target('gate', id, gate.conditions)),
    ...Object.entries(ruleSet.catalog.actions).flatMap(([id, action]) =>
      action.doneWhen ? [target('done', id, action.doneWhen)] : [],
    ),
  ];
  const stats = { cases: 0, engineRuns: 0, fullRuns: 0 };

  /** `Condition.evaluate` in the engine: read both sides, then `operator.evaluate(factValue, value)`. */
  function leafOutcome(leaf: Leaf, read: unknown[]): Outcome {
    const factValue = read[leaf.slot];
    const value = leaf.refSlot === undefined ? leaf.value : read[leaf.refSlot];
    if (!leaf.operator || factValue === MISSING || value === MISSING) return THROWS;
    try {
      return leaf.operator.evaluate(factValue, value) ? 1 : 0;
    } catch {
      return THROWS;
    }
  }

  async function outcomesOf(facts: Record<string, unknown>): Promise<Outcome[]> {
    const read = slots.map((slot) => readFact(facts, slot.fact, slot.path));
    const leafOutcomes = leaves.map((leaf) => leafOutcome(leaf, read));
    const outcomes: Outcome[] = [];
    for (const target of targets) {
      const key = vectorKey(target.leaves, leafOutcomes);
      let outcome = target.seen.get(key);
      if (outcome === undefined) {
        stats.engineRuns += 1;
        outcome = await singleOutcome(target, facts);
        target.seen.set(key, outcome);
      }
      outcomes.push(outcome);
    }
    return outcomes;
  }

  /** The target alone in an engine of its own (same options and named conditions as the full one). */
  async function singleOutcome(target: Target, facts: Record<string, unknown>): Promise<Outcome> {
    const conditions =
      target.kind === 'rule'
        ? ruleSet.rules[target.id as number]!.conditions
        : target.kind === 'gate'
          ? ruleSet.catalog.gates[target.id]!.conditions
          : ruleSet.catalog.actions[target.id]!.doneWhen!;
    target.engine ??= createEngineEvaluator(subset(ruleSet, conditions), 1);
    const named: Record<string, unknown> = {};
    for (const fact of target.facts) if (Object.hasOwn(facts, fact)) named[fact] = facts[fact];
    try {
      return (await target.engine.evaluate(named)).fired.has(0) ? 1 : 0;
    } catch {
      return THROWS;
    }
  }

  async function evaluate(facts: Record<string, unknown>): Promise<Evaluation | 'throws'> {
    stats.cases += 1;
    const outcomes = await outcomesOf(facts);
    if (outcomes.includes(THROWS)) return 'throws';
    const fired = new Set<number>();
    const gates: Record<string, boolean> = {};
    const done: Record<string, boolean> = {};
    targets.forEach((target, i) => {
      if (target.kind === 'rule') {
        if (outcomes[i] === 1) fired.add(target.id as number);
      } else (target.kind === 'gate' ? gates : done)[target.id as string] = outcomes[i] === 1;
    });
    return { fired, gates, done };
  }

  return {
    evaluate,
    stats,
    async checkAgainstFullRun(facts) {
      const fromOracle = await evaluate(facts);
      stats.fullRuns += 1;
      const fromEngine = await full.evaluate(facts).catch(() => 'throws' as const);
      const a = JSON.stringify(
        fromOracle === 'throws' ? fromOracle : { ...fromOracle, fired: [...fromOracle.fired].sort((x, y) => x - y) },
      );
      const b = JSON.stringify(
        fromEngine === 'throws' ? fromEngine : { ...fromEngine, fired: [...fromEngine.fired].sort((x, y) => x - y) },
      );
      return a === b ? undefined : `oracle ${a}\nengine ${b}`;
    },
  };
}
