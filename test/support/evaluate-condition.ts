import type { Condition } from '../../src/index.js';

// A deliberately small, independent reading of json-rules-engine's condition semantics, used as a
// test oracle: the evaluators under test must agree with it on the gates and rules it is asked about.

function walk(value: unknown, path: string | undefined): unknown {
  if (path === undefined) return value;
  let current = value;
  for (const key of (path.startsWith('$.') ? path.slice(2) : path).split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const isNumberLike = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';

function compare(operator: string, fact: unknown, value: unknown): boolean {
  switch (operator) {
    case 'equal':
      return fact === value;
    case 'notEqual':
      return fact !== value;
    case 'in':
      return (value as unknown[]).includes(fact);
    case 'notIn':
      return !(value as unknown[]).includes(fact);
    case 'contains':
      return Array.isArray(fact) && fact.includes(value);
    case 'doesNotContain':
      return Array.isArray(fact) && !fact.includes(value);
    case 'lessThan':
      return isNumberLike(fact) && (fact as number) < (value as number);
    case 'lessThanInclusive':
      return isNumberLike(fact) && (fact as number) <= (value as number);
    case 'greaterThan':
      return isNumberLike(fact) && (fact as number) > (value as number);
    case 'greaterThanInclusive':
      return isNumberLike(fact) && (fact as number) >= (value as number);
    default:
      throw new Error(`unknown operator ${operator}`);
  }
}

/** Evaluates a condition tree against derived facts and the rule set's named conditions. */
export function evaluateCondition(
  condition: Condition,
  facts: Record<string, unknown>,
  named: Readonly<Record<string, Condition>>,
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts, named));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts, named));
  if ('not' in condition) return !evaluateCondition(condition.not, facts, named);
  if ('condition' in condition) return evaluateCondition(named[condition.condition]!, facts, named);
  const fact = walk(facts[condition.fact], condition.path);
  let value = condition.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
    const ref = value as { fact: string; path?: string };
    value = walk(facts[ref.fact], ref.path);
  }
  return compare(condition.operator, fact, value);
}
