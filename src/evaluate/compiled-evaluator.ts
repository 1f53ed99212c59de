import type { FactValues } from '../facts/facts.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Condition } from '../rules/condition-schema.js';
import { ConditionCompiler, type CompileLeafOptions, type CompiledCondition } from './compile-conditions.js';
import type { Evaluation, Evaluator } from './evaluation.js';
import { ruleFailure, type NamedTest } from './rule-failure.js';

type Test = CompiledCondition['test'];

/** Every condition of a rule set, compiled for facts where an assumption (if any) holds. */
interface CompiledRuleSet {
  /** Rules that need evaluating, in index order; rules the assumption rules out are left out. */
  rules: Array<{ index: number; test: Test }>;
  gates: Array<{ id: string; test: Test }>;
  done: Array<{ id: string; test: Test }>;
}

function compileRuleSetConditions(ruleSet: RuleSet, options: CompileLeafOptions): CompiledRuleSet {
  const compiler = new ConditionCompiler(ruleSet.namedConditions, options);
  // The engine builds every named condition up front, so a malformed one fails here too.
  for (const name of Object.keys(ruleSet.namedConditions)) compiler.compileReference(name);
  const rules: CompiledRuleSet['rules'] = [];
  for (const rule of ruleSet.rules) {
    const compiled = compiler.compileTop(rule.conditions);
    if (compiled.constant !== false) rules.push({ index: rule.index, test: compiled.test });
  }
  return {
    rules,
    gates: Object.entries(ruleSet.catalog.gates).map(([id, gate]) => ({
      id,
      test: compiler.compileTop(gate.conditions).test,
    })),
    done: Object.entries(ruleSet.catalog.actions).flatMap(([id, action]) =>
      action.doneWhen ? [{ id, test: compiler.compileTop(action.doneWhen).test }] : [],
    ),
  };
}

/** Every fact name a condition of the rule set reads, fact references included. */
function factsNamed(ruleSet: RuleSet): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.fact === 'string') names.add(record.fact);
      for (const key of ['all', 'any', 'not', 'value']) if (Object.hasOwn(record, key)) visit(record[key]);
    }
  };
  const conditions: Condition[] = [
    ...ruleSet.rules.map((rule) => rule.conditions),
    ...Object.values(ruleSet.namedConditions),
    ...Object.values(ruleSet.catalog.gates).map((gate) => gate.conditions),
    ...Object.values(ruleSet.catalog.actions).flatMap((action) => (action.doneWhen ? [action.doneWhen] : [])),
  ];
  conditions.forEach(visit);
  return [...names];
}

/**
 * Evaluates a rule set's conditions as compiled closures: the same answers as
 * `createEngineEvaluator` (test/evaluate/ holds them equal), synchronously and without copying any
 * condition per case. For facts that have every fact the conditions name (derive-facts' always
 * do), the conditions are compiled once per scenario with the scenario known — a chargeback case
 * never looks at the refund rules — and groups short-circuit freely, since no read can throw.
 * Other facts get the engine's evaluation order, so a condition throws where the engine rejects.
 */
export function createCompiledEvaluator(ruleSet: RuleSet): Evaluator {
  // Compiled on first need: facts from derive-facts never need the strict set, and no scenario's
  // conditions are compiled before a case of that scenario comes.
  let strictSet: CompiledRuleSet | undefined;
  const strict = (): CompiledRuleSet => (strictSet ??= compileRuleSetConditions(ruleSet, { factsPresent: false }));
  const named = factsNamed(ruleSet);
  let general: CompiledRuleSet | undefined;
  const byScenario = new Map<unknown, CompiledRuleSet>();
  const compiledFor = (facts: FactValues): CompiledRuleSet => {
    for (const name of named) if (!Object.hasOwn(facts, name)) return strict();
    if (!Object.hasOwn(facts, 'scenario')) {
      general ??= compileRuleSetConditions(ruleSet, { factsPresent: true });
      return general;
    }
    let compiled = byScenario.get(facts.scenario);
    if (!compiled) {
      compiled = compileRuleSetConditions(ruleSet, {
        factsPresent: true,
        assumption: { fact: 'scenario', value: facts.scenario },
      });
      if (byScenario.size < 100) byScenario.set(facts.scenario, compiled);
    }
    return compiled;
  };

  function evaluateSync(facts: FactValues): Evaluation {
    const compiled = compiledFor(facts);
    try {
      return evaluateCompiled(compiled, facts);
    } catch (error) {
      throw ruleFailure(ruleSet, namedTests(compiled), facts, error);
    }
  }

  return {
    evaluateSync,
    evaluate: async (facts) => evaluateSync(facts),
  };
}

function namedTests({ rules, gates, done }: CompiledRuleSet): NamedTest[] {
  return [
    ...rules.map((rule): NamedTest => ({ kind: 'rule', key: rule.index, test: rule.test })),
    ...gates.map((gate): NamedTest => ({ kind: 'gate', key: gate.id, test: gate.test })),
    ...done.map((action): NamedTest => ({ kind: 'done', key: action.id, test: action.test })),
  ];
}

function evaluateCompiled({ rules, gates, done }: CompiledRuleSet, facts: FactValues): Evaluation {
  const fired = new Set<number>();
  for (const rule of rules) if (rule.test(facts)) fired.add(rule.index);
  const gateResults: Record<string, boolean> = {};
  for (const gate of gates) gateResults[gate.id] = gate.test(facts);
  const doneResults: Record<string, boolean> = {};
  for (const action of done) doneResults[action.id] = action.test(facts);
  return { fired, gates: gateResults, done: doneResults };
}
