import { LIST_FACTS } from '../facts/fact-catalog.js';
import { factKinds, type FactKind } from '../facts/fact-types.js';
import type { ConditionLeaf } from './condition-schema.js';

// Type-checks one condition leaf whose fact, path and operator are already known to be valid:
// the operator against the fact's kind of value, the value (or the fact it refers to) against
// both. What json-rules-engine would throw on (`in` on null, a number, a boolean or a fact that
// is not a list) and what can never match (`contains` on a single value, a string compared with a
// number fact) is reported, so a rule set that compiles cannot fail while evaluating.

type Report = (code: string, path: PropertyKey[], message: string) => void;

/** A fact reference as a condition value: `{ "fact": …, "path": … }`. */
export interface FactReference {
  fact: string;
  path?: string;
}

const NUMERIC: ReadonlySet<string> = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const lists: ReadonlySet<string> = new Set(LIST_FACTS);

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeKinds(kinds: readonly FactKind[]): string {
  return kinds.map((kind) => (kind === 'list' ? 'a list' : kind)).join(' or ');
}

function describeFact(fact: string, path: string | undefined): string {
  return JSON.stringify(path === undefined ? fact : `${fact}.${path}`);
}

function isListFact(fact: string, path: string | undefined): boolean {
  return path === undefined && lists.has(fact);
}

/** `in` / `notIn`: the value must be a list (an array, or a reference to a list fact). */
function checkMembership(leaf: ConditionLeaf, ref: FactReference | undefined, at: PropertyKey[], report: Report): void {
  const op = JSON.stringify(leaf.operator);
  if (ref) {
    if (!isListFact(ref.fact, ref.path)) {
      report('wrong_value_type', [...at, 'value'], `${op} looks the fact up in a list: expected a reference to a list fact (${[...lists].join(', ')}); found a reference to ${describeFact(ref.fact, ref.path)}, which is not a list and would fail on every case`);
    }
    return;
  }
  const value = leaf.value;
  if (!Array.isArray(value)) {
    const why = typeof value === 'string' ? 'a string would be searched for substrings' : 'evaluating it would fail on every case';
    report('wrong_value_type', [...at, 'value'], `${op} expects an array of values; found ${kindOf(value)} (${why})`);
    return;
  }
  const kinds = factKinds(leaf.fact, leaf.path);
  if (!kinds) return;
  value.forEach((item, i) => {
    if (!(kinds as readonly string[]).includes(kindOf(item))) {
      report('wrong_value_type', [...at, 'value', i], `fact ${describeFact(leaf.fact, leaf.path)} holds ${describeKinds(kinds)}; found ${kindOf(item)} ${JSON.stringify(item)}, which can never match`);
    }
  });
}

/** `contains` / `doesNotContain`: the fact must be a list, the value a single value. */
function checkContains(leaf: ConditionLeaf, ref: FactReference | undefined, at: PropertyKey[], report: Report): void {
  if (!isListFact(leaf.fact, leaf.path)) {
    const kinds = factKinds(leaf.fact, leaf.path);
    const holds = kinds ? `holds ${describeKinds(kinds)}` : 'is not a list';
    report('wrong_operator', [...at, 'operator'], `${JSON.stringify(leaf.operator)} needs a list fact; fact ${describeFact(leaf.fact, leaf.path)} ${holds}, so the condition is false on every case (use "equal" / "notEqual" / "in")`);
    return;
  }
  if (!ref && (Array.isArray(leaf.value) || (leaf.value !== null && typeof leaf.value === 'object'))) {
    report('wrong_value_type', [...at, 'value'], `${JSON.stringify(leaf.operator)} looks for one value in the list; found ${kindOf(leaf.value)}, which can never be in it`);
  }
}

/** Numeric comparisons: a number fact, and a number (or a reference to a number fact). */
function checkNumeric(leaf: ConditionLeaf, ref: FactReference | undefined, at: PropertyKey[], report: Report): void {
  const op = JSON.stringify(leaf.operator);
  const kinds = factKinds(leaf.fact, leaf.path);
  if (kinds && !kinds.includes('number')) {
    report('wrong_operator', [...at, 'operator'], `${op} compares numbers; fact ${describeFact(leaf.fact, leaf.path)} holds ${describeKinds(kinds)} (use "equal", "notEqual" or "in")`);
    return;
  }
  if (ref) {
    const right = factKinds(ref.fact, ref.path);
    if (right && !right.includes('number')) report('wrong_value_type', [...at, 'value'], `${op} compares numbers; the referenced fact ${describeFact(ref.fact, ref.path)} holds ${describeKinds(right)}`);
    return;
  }
  if (typeof leaf.value !== 'number' || !Number.isFinite(leaf.value)) {
    report('wrong_value_type', [...at, 'value'], `${op} compares numbers: expected a number; found ${kindOf(leaf.value)} ${JSON.stringify(leaf.value) ?? ''}`.trimEnd());
  }
}

/** `equal` / `notEqual`: a value of a kind the fact can hold. */
function checkEquality(leaf: ConditionLeaf, ref: FactReference | undefined, at: PropertyKey[], report: Report): void {
  const kinds = factKinds(leaf.fact, leaf.path);
  if (ref) {
    const right = factKinds(ref.fact, ref.path);
    if (kinds && right && !right.some((kind) => kinds.includes(kind))) {
      report('wrong_value_type', [...at, 'value'], `fact ${describeFact(leaf.fact, leaf.path)} holds ${describeKinds(kinds)}; the referenced fact ${describeFact(ref.fact, ref.path)} holds ${describeKinds(right)}, so they are never equal`);
    }
    return;
  }
  const kind = kindOf(leaf.value);
  if (kind === 'array' || kind === 'object' || (kinds && !(kinds as readonly string[]).includes(kind))) {
    const holds = kinds ? `holds ${describeKinds(kinds)}` : 'holds single values';
    report('wrong_value_type', [...at, 'value'], `fact ${describeFact(leaf.fact, leaf.path)} ${holds}; found ${kind} ${JSON.stringify(leaf.value)}, which it can never equal`);
  }
}

/**
 * Checks a leaf's operator against its fact and value. `ref` is the value when it is a fact reference.
 *
 * @example
 * checkLeafTypes({ fact: 'stage', operator: 'in', value: null }, undefined, ['rules', 0, 'conditions', 'all', 0], report);
 * // reports wrong_value_type at …/value: "in" expects an array of values; found null
 */
export function checkLeafTypes(leaf: ConditionLeaf, ref: FactReference | undefined, at: PropertyKey[], report: Report): void {
  const op = leaf.operator;
  if (op === 'in' || op === 'notIn') checkMembership(leaf, ref, at, report);
  else if (op === 'contains' || op === 'doesNotContain') checkContains(leaf, ref, at, report);
  else if (NUMERIC.has(op)) checkNumeric(leaf, ref, at, report);
  else if (op === 'equal' || op === 'notEqual') checkEquality(leaf, ref, at, report);
}
