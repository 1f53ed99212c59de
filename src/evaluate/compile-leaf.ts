import type { FactValues } from '../facts/facts.js';
import { FACT_PATH, splitFactPath } from '../facts/fact-catalog.js';
import { isNumberLike, type Operator, resolveOperator } from './operators.js';
import { resolvePath } from './resolve-path.js';

// One leaf condition ({ fact, path?, operator, value }) as a closure with json-rules-engine's
// meaning: the almanac's fact lookup ("Undefined fact" for a missing one), its path resolution
// (only into objects; createEngineEvaluator's resolver), fact references as values, the engine's
// operators, and the same errors.

/** One compiled condition: a synchronous test, and whether it can throw where the engine rejects. */
export interface CompiledCondition {
  readonly test: (facts: FactValues) => boolean;
  readonly mayThrow: boolean;
  /** Set when the answer is known without looking at the facts (see {@link Assumption}). */
  readonly constant?: boolean;
}

/** A fact value taken as known while compiling, e.g. the scenario a rule list is compiled for. */
export interface Assumption {
  fact: string;
  value: unknown;
}

/** What a compilation may take for granted about the facts it will see. */
export interface CompileLeafOptions {
  /** The facts have an own property for every fact a condition names, so no read can throw. */
  factsPresent: boolean;
  assumption?: Assumption;
}

export type ConditionNode = Record<string, unknown>;
type Read = (facts: FactValues) => unknown;

export const hasOwn = (value: object, key: PropertyKey): boolean => Object.hasOwn(value, key);

/** Operators that cannot throw on JSON values: comparisons, and `indexOf` guarded by `Array.isArray`. */
const NEVER_THROWS: ReadonlySet<string> = new Set([
  'equal',
  'notEqual',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);

function undefinedFact(name: unknown): Error {
  return Object.assign(new Error(`Undefined fact: ${String(name)}`), { code: 'UNDEFINED_FACT' });
}

/** A condition that fails when evaluated, as the engine's run rejects. */
export function failing(error: () => Error): CompiledCondition {
  return {
    test: () => {
      throw error();
    },
    mayThrow: true,
  };
}

export function constant(value: boolean): CompiledCondition {
  return { test: value ? () => true : () => false, mayThrow: false, constant: value };
}

/** `resolvePath` for one fixed path, split once. */
function compilePath(path: unknown): (value: object) => unknown {
  if (typeof path !== 'string') return (value) => resolvePath(value, path as string);
  if (!FACT_PATH.test(path)) return () => undefined;
  const keys = splitFactPath(path);
  return (value) => {
    let current: unknown = value;
    for (const key of keys) {
      if (current === null || typeof current !== 'object' || !hasOwn(current, key)) return undefined;
      current = (current as ConditionNode)[key];
    }
    return current;
  };
}

/** The almanac's `factValue(fact, params, path)` for a constant fact, as one closure where it can be. */
function compileRead(fact: unknown, path: unknown, factsPresent: boolean): FactRead {
  if (typeof fact !== 'string' || fact === '') {
    return {
      read: () => {
        throw undefinedFact(fact);
      },
      mayThrow: true,
    };
  }
  const trusted = factsPresent;
  const whole: Read = trusted
    ? (facts) => {
        const value = facts[fact];
        if (value === undefined && !hasOwn(facts, fact)) throw undefinedFact(fact);
        return value;
      }
    : (facts) => {
        if (!hasOwn(facts, fact)) throw undefinedFact(fact);
        return facts[fact];
      };
  if (!path) return { read: whole, mayThrow: !trusted };
  if (trusted && typeof path === 'string' && FACT_PATH.test(path)) {
    // The common reads (`signals.x`, `contact.<channel>.tried`) as one closure each.
    const keys = splitFactPath(path);
    if (keys.length === 1) {
      const [key] = keys as [string];
      return {
        read: (facts) => {
          const value = facts[fact];
          if (value === undefined && !hasOwn(facts, fact)) throw undefinedFact(fact);
          if (value === null || typeof value !== 'object') return value;
          return hasOwn(value, key) ? (value as ConditionNode)[key] : undefined;
        },
        mayThrow: false,
      };
    }
    if (keys.length === 2) {
      const [a, b] = keys as [string, string];
      return {
        read: (facts) => {
          const value = facts[fact];
          if (value === undefined && !hasOwn(facts, fact)) throw undefinedFact(fact);
          if (value === null || typeof value !== 'object') return value;
          if (!hasOwn(value, a)) return undefined;
          const inner = (value as ConditionNode)[a];
          return inner !== null && typeof inner === 'object' && hasOwn(inner, b)
            ? (inner as ConditionNode)[b]
            : undefined;
        },
        mayThrow: false,
      };
    }
  }
  const walk = compilePath(path);
  return {
    read: (facts) => {
      const value = whole(facts);
      return value != null && typeof value === 'object' ? walk(value) : value;
    },
    mayThrow: !trusted || typeof path !== 'string',
  };
}

/** `isNumberLike` without the string round trip for the values facts mostly hold. */
function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (value === null || value === undefined || typeof value === 'boolean') return false;
  return isNumberLike(value);
}

/** The value a leaf reads from an assumed fact, when the assumption decides it. */
function assumedRead(leaf: ConditionNode, assumption: Assumption | undefined): { value: unknown } | undefined {
  if (!assumption || leaf.fact !== assumption.fact) return undefined;
  const known = assumption.value;
  if (!leaf.path || known === null || typeof known !== 'object') return { value: known };
  return undefined;
}

type FactRead = { read: Read; mayThrow: boolean };
type Test = (facts: FactValues) => boolean;

/** Hand-inlined forms of the common operators; each equals `operator.evaluate(read(facts), b)`. */
function inlinedTest(name: string, read: Read, b: never): Test | undefined {
  switch (name) {
    case 'equal':
      return (facts) => read(facts) === b;
    case 'notEqual':
      return (facts) => read(facts) !== b;
    case 'contains':
      return (facts) => {
        const a = read(facts);
        return Array.isArray(a) && a.indexOf(b) > -1;
      };
    case 'doesNotContain':
      return (facts) => {
        const a = read(facts);
        return Array.isArray(a) && a.indexOf(b) === -1;
      };
    case 'lessThan':
      return (facts) => {
        const a = read(facts) as never;
        return isNumeric(a) && a < b;
      };
    case 'lessThanInclusive':
      return (facts) => {
        const a = read(facts) as never;
        return isNumeric(a) && a <= b;
      };
    case 'greaterThan':
      return (facts) => {
        const a = read(facts) as never;
        return isNumeric(a) && a > b;
      };
    case 'greaterThanInclusive':
      return (facts) => {
        const a = read(facts) as never;
        return isNumeric(a) && a >= b;
      };
    default:
      return undefined;
  }
}

/** A leaf whose value is a fact reference: both sides are read from the facts. */
function compileReferenceLeaf(operator: Operator, lhs: FactRead, ref: ConditionNode, factsPresent: boolean) {
  const rhs = compileRead(ref.fact, ref.path, factsPresent);
  const evaluate = operator.evaluate;
  const [readLeft, readRight] = [lhs.read, rhs.read];
  return {
    test: (facts: FactValues) => evaluate(readLeft(facts), readRight(facts)),
    mayThrow: lhs.mayThrow || rhs.mayThrow || !NEVER_THROWS.has(operator.name),
  };
}

/** A leaf with a literal value and an operator that is not inlined: `in`, `notIn` and decorated ones. */
function compileValueLeaf(operator: Operator, { read, mayThrow }: FactRead, value: unknown): CompiledCondition {
  if (Array.isArray(value) && operator.name === 'in')
    return { test: (facts) => value.indexOf(read(facts)) > -1, mayThrow };
  if (Array.isArray(value) && operator.name === 'notIn')
    return { test: (facts) => value.indexOf(read(facts)) === -1, mayThrow };
  const evaluate = operator.evaluate;
  // `in` / `notIn` call `value.indexOf`: only arrays and strings have one; anything else throws.
  const safe =
    NEVER_THROWS.has(operator.name) ||
    ((operator.name === 'in' || operator.name === 'notIn') && (Array.isArray(value) || typeof value === 'string'));
  return { test: (facts) => evaluate(read(facts), value), mayThrow: mayThrow || !safe };
}

/**
 * One leaf condition as a synchronous test with json-rules-engine's meaning.
 *
 * @example
 * compileLeaf({ fact: 'stage', operator: 'equal', value: 'retrieval' }, { factsPresent: true }).test(facts);
 */
export function compileLeaf(leaf: ConditionNode, options: CompileLeafOptions): CompiledCondition {
  const { assumption, factsPresent } = options;
  const operator = typeof leaf.operator === 'string' ? resolveOperator(leaf.operator) : undefined;
  if (!operator) return failing(() => new Error(`Unknown operator: ${String(leaf.operator)}`));
  const value = leaf.value;
  const isReference = value != null && typeof value === 'object' && hasOwn(value, 'fact');
  const assumed = isReference ? undefined : assumedRead(leaf, assumption);
  if (assumed) {
    try {
      return constant(operator.evaluate(assumed.value, value));
    } catch {
      // The operator throws on these values: leave it to throw when evaluated, as the engine does.
    }
  }
  const lhs = compileRead(leaf.fact, leaf.path, factsPresent);
  if (isReference) return compileReferenceLeaf(operator, lhs, value as ConditionNode, factsPresent);
  const inlined = inlinedTest(operator.name, lhs.read, value as never);
  return inlined ? { test: inlined, mayThrow: lhs.mayThrow } : compileValueLeaf(operator, lhs, value);
}
