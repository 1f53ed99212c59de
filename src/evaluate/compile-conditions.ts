import type { FactValues } from '../facts/facts.js';
import type { Condition } from '../rules/condition-schema.js';
import {
  compileLeaf,
  constant,
  failing,
  hasOwn,
  type CompileLeafOptions,
  type CompiledCondition,
  type ConditionNode,
} from './compile-leaf.js';

export type { Assumption, CompileLeafOptions, CompiledCondition } from './compile-leaf.js';

// Turns json-rules-engine conditions into plain closures (no eval, no Function: CSP-safe) with the
// engine's meaning. The engine evaluates a group's conditions in sets of equal priority (highest
// first), every condition of a set, stopping between sets once the answer is known; an empty
// `all` or `any` is true. Conditions are pure, so the order only shows when one throws (`in` on
// null, an unknown fact): groups where nothing can throw short-circuit freely, and fold leaves an
// assumption decides; groups where something can throw keep the engine's order exactly.

/** The engine's condition priority: explicit, else the fact's (always 1 here: facts come with the run). */
function priorityOf(node: ConditionNode): number {
  if (hasOwn(node, 'any') || hasOwn(node, 'all') || hasOwn(node, 'not'))
    return Number.parseInt(node.priority as string, 10) || 1;
  if (hasOwn(node, 'condition')) return Number(node.priority) || 1;
  if (hasOwn(node, 'priority')) return Number.parseInt(node.priority as string, 10) || 1;
  return 1;
}

function compileSafeGroup(children: CompiledCondition[], mode: 'all' | 'any'): CompiledCondition {
  // Nothing can throw, so the answer is every / some over the conditions in any order, and
  // conditions known in advance decide the group or drop out of it.
  const decisive = mode !== 'all';
  if (children.some((child) => child.constant === decisive)) return constant(decisive);
  const open = children.filter((child) => child.constant === undefined);
  // Every condition was known and none decisive: `all` of trues is true, `any` of falses false.
  if (open.length === 0) return constant(!decisive);
  if (open.length === 1) return open[0]!;
  const tests = open.map((child) => child.test);
  if (mode === 'all') {
    return {
      test: (facts) => {
        for (let i = 0; i < tests.length; i += 1) if (!tests[i]!(facts)) return false;
        return true;
      },
      mayThrow: false,
    };
  }
  return {
    test: (facts) => {
      for (let i = 0; i < tests.length; i += 1) if (tests[i]!(facts)) return true;
      return false;
    },
    mayThrow: false,
  };
}

function compileGroup(children: CompiledCondition[], priorities: number[], mode: 'all' | 'any'): CompiledCondition {
  if (children.length === 0) return constant(true);
  if (children.length === 1) return children[0]!;
  if (!children.some((child) => child.mayThrow)) return compileSafeGroup(children, mode);
  const tests = children.map((child) => child.test);
  const levels = [...new Set(priorities)].sort((a, b) => b - a);
  const sets = levels.map((level) => tests.filter((_, i) => priorities[i] === level));
  return {
    test: (facts: FactValues) => {
      let result = mode === 'all';
      for (const set of sets) {
        if (mode === 'all' ? !result : result) break;
        // Every condition of a set runs, as the engine's Promise.all does: a throw anywhere counts.
        const results = set.map((test) => test(facts));
        result = mode === 'all' ? results.every((r) => r === true) : results.some((r) => r === true);
      }
      return result;
    },
    mayThrow: true,
  };
}

/**
 * Compiles conditions of one rule set, sharing each named condition's compiled form. With
 * `factsPresent` the closures hold only for facts that have every fact a condition names; with an
 * assumption (`{ fact: 'scenario', value: 'chargeback' }`) only for facts where it is true, and
 * what it decides is decided at compile time.
 */
export class ConditionCompiler {
  private readonly named = new Map<string, CompiledCondition>();
  private readonly compiling = new Set<string>();

  constructor(
    private readonly namedConditions: Readonly<Record<string, Condition>>,
    private readonly options: CompileLeafOptions = { factsPresent: false },
  ) {}

  /**
   * A rule's (or gate's, or `doneWhen`'s) conditions. Throws where the engine's constructors throw
   * on a malformed tree, so a rule set one evaluator accepts the other accepts too.
   */
  compileTop(condition: Condition): CompiledCondition {
    const node = condition as unknown as ConditionNode;
    if (!hasOwn(node, 'all') && !hasOwn(node, 'any') && !hasOwn(node, 'not') && !hasOwn(node, 'condition')) {
      throw new Error('"conditions" root must contain a single instance of "all", "any", "not", or "condition"');
    }
    return this.compileNode(node);
  }

  /** A named condition by name; unknown names fail when evaluated, as in the engine. */
  compileReference(name: unknown): CompiledCondition {
    const key = name as string;
    if (typeof name !== 'string' || !hasOwn(this.namedConditions, key))
      return failing(() => new Error(`No condition ${String(name)} exists`));
    const done = this.named.get(key);
    if (done) return done;
    // compileRuleSet rejects cycles; the engine would recurse without end.
    if (this.compiling.has(key)) return failing(() => new RangeError(`Named condition ${key} refers to itself`));
    this.compiling.add(key);
    try {
      const compiled = this.compileTop(this.namedConditions[key]!);
      this.named.set(key, compiled);
      return compiled;
    } finally {
      this.compiling.delete(key);
    }
  }

  private compileNode(node: ConditionNode): CompiledCondition {
    if (node === null || typeof node !== 'object') throw new Error('Condition: constructor options required');
    const bool = hasOwn(node, 'any') ? 'any' : hasOwn(node, 'all') ? 'all' : hasOwn(node, 'not') ? 'not' : undefined;
    if (bool) {
      const sub = node[bool];
      if (bool !== 'not' && !Array.isArray(sub)) throw new Error(`"${bool}" must be an array`);
      if (bool === 'not' && Array.isArray(sub)) throw new Error(`"${bool}" cannot be an array`);
    } else if (!hasOwn(node, 'condition')) {
      for (const key of ['fact', 'operator', 'value'])
        if (!hasOwn(node, key)) throw new Error(`Condition: constructor "${key}" property required`);
    }
    // The engine resolves a reference before looking at boolean operators.
    if (hasOwn(node, 'condition')) return this.compileReference(node.condition);
    if (bool === 'not') {
      const child = this.compileNode(node.not as ConditionNode);
      if (child.constant !== undefined) return constant(!child.constant);
      const test = child.test;
      return { test: (facts) => !test(facts), mayThrow: child.mayThrow };
    }
    if (bool) {
      const list = node[bool] as ConditionNode[];
      return compileGroup(
        list.map((child) => this.compileNode(child)),
        list.map(priorityOf),
        bool,
      );
    }
    return compileLeaf(node, this.options);
  }
}
