import type { ReportIssue } from '../issues.js';
import { LIST_FACTS } from '../facts/fact-catalog.js';
import { factKinds, type FactKind } from '../facts/fact-types.js';
import type { ConditionLeaf } from './condition-schema.js';

// Type-checks one condition leaf whose fact, path and operator are already known to be valid:
// the operator against the fact's kind of value, the value (or the fact it refers to) against
// both. What json-rules-engine would throw on (`in` on null, a number, a boolean or a fact that
// is not a list) and what can never match (`contains` on a single value, a string compared with a
// number fact) is reported, so a rule set that compiles cannot fail while evaluating.

type Report = ReportIssue;

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

type Check = (leaf: ConditionLeaf, ref: FactReference | undefined, at: PropertyKey[], report: Report) => void;

/** `in` / `notIn`: the value must be a list (an array, or a reference to a list fact). */
const checkMembership: Check = (leaf, ref, at, report) => {
  const op = JSON.stringify(leaf.operator);
  if (ref) {
    if (!isListFact(ref.fact, ref.path)) {
      const detail = {
        expected: `a reference to a list fact (${[...lists].join(', ')})`,
        found: `a reference to ${describeFact(ref.fact, ref.path)}, which is not a list`,
      };
      const message =
        `${op} looks the fact up in a list: expected ${detail.expected}; ` +
        `found ${detail.found} and would fail on every case`;
      report('wrong_value_type', [...at, 'value'], message, detail);
    }
    return;
  }
  const value = leaf.value;
  if (!Array.isArray(value)) {
    const why = typeof value === 'string' ? 'a string would be searched for substrings' : 'it would fail on every case';
    const detail = { expected: 'an array of values', found: kindOf(value) };
    const message = `${op} expects ${detail.expected}; found ${detail.found} (${why})`;
    report('wrong_value_type', [...at, 'value'], message, detail);
    return;
  }
  const kinds = factKinds(leaf.fact, leaf.path);
  if (!kinds) return;
  value.forEach((item, i) => {
    if (!(kinds as readonly string[]).includes(kindOf(item))) {
      const detail = { expected: describeKinds(kinds), found: `${kindOf(item)} ${JSON.stringify(item)}` };
      const holds = `fact ${describeFact(leaf.fact, leaf.path)} holds ${detail.expected}`;
      report('wrong_value_type', [...at, 'value', i], `${holds}; found ${detail.found}, which can never match`, detail);
    }
  });
};

/** `contains` / `doesNotContain`: the fact must be a list, the value a single value. */
const checkContains: Check = (leaf, ref, at, report) => {
  if (!isListFact(leaf.fact, leaf.path)) {
    const kinds = factKinds(leaf.fact, leaf.path);
    const holds = kinds ? `holds ${describeKinds(kinds)}` : 'is not a list';
    const fact = `fact ${describeFact(leaf.fact, leaf.path)} ${holds}`;
    const op = JSON.stringify(leaf.operator);
    const message = `${op} needs a list fact; ${fact}, so the condition is false on every case`;
    report('wrong_operator', [...at, 'operator'], `${message} (use "equal", "notEqual" or "in")`);
    return;
  }
  if (!ref && (Array.isArray(leaf.value) || (leaf.value !== null && typeof leaf.value === 'object'))) {
    const found = `found ${kindOf(leaf.value)}, which can never be in it`;
    report(
      'wrong_value_type',
      [...at, 'value'],
      `${JSON.stringify(leaf.operator)} looks for one value in the list; ${found}`,
    );
  }
};

/** Numeric comparisons: a number fact, and a number (or a reference to a number fact). */
const checkNumeric: Check = (leaf, ref, at, report) => {
  const op = JSON.stringify(leaf.operator);
  const kinds = factKinds(leaf.fact, leaf.path);
  if (kinds && !kinds.includes('number')) {
    const holds = `fact ${describeFact(leaf.fact, leaf.path)} holds ${describeKinds(kinds)}`;
    report('wrong_operator', [...at, 'operator'], `${op} compares numbers; ${holds} (use "equal", "notEqual" or "in")`);
    return;
  }
  if (ref) {
    const right = factKinds(ref.fact, ref.path);
    if (right && !right.includes('number')) {
      const holds = `the referenced fact ${describeFact(ref.fact, ref.path)} holds ${describeKinds(right)}`;
      report('wrong_value_type', [...at, 'value'], `${op} compares numbers; ${holds}`);
    }
    return;
  }
  if (typeof leaf.value !== 'number' || !Number.isFinite(leaf.value)) {
    const found = `${kindOf(leaf.value)} ${JSON.stringify(leaf.value) ?? ''}`.trimEnd();
    report('wrong_value_type', [...at, 'value'], `${op} compares numbers: expected a number; found ${found}`, {
      expected: 'a number',
      found,
    });
  }
};

/** `equal` / `notEqual`: a value of a kind the fact can hold. */
const checkEquality: Check = (leaf, ref, at, report) => {
  const kinds = factKinds(leaf.fact, leaf.path);
  if (ref) {
    const right = factKinds(ref.fact, ref.path);
    if (kinds && right && !right.some((kind) => kinds.includes(kind))) {
      const left = `fact ${describeFact(leaf.fact, leaf.path)} holds ${describeKinds(kinds)}`;
      const other = `the referenced fact ${describeFact(ref.fact, ref.path)} holds ${describeKinds(right)}`;
      report('wrong_value_type', [...at, 'value'], `${left}; ${other}, so they are never equal`);
    }
    return;
  }
  const kind = kindOf(leaf.value);
  if (kind === 'array' || kind === 'object' || (kinds && !(kinds as readonly string[]).includes(kind))) {
    const holds = kinds ? `holds ${describeKinds(kinds)}` : 'holds single values';
    const found = `found ${kind} ${JSON.stringify(leaf.value)}, which it can never equal`;
    report('wrong_value_type', [...at, 'value'], `fact ${describeFact(leaf.fact, leaf.path)} ${holds}; ${found}`);
  }
};

/**
 * Checks a leaf's operator against its fact and value. `ref` is the value when it is a fact reference.
 *
 * @example
 * checkLeafTypes({ fact: 'stage', operator: 'in', value: null }, undefined, ['rules', 0, 'conditions'], report);
 * // reports wrong_value_type at …/value: "in" expects an array of values; found null
 */
export function checkLeafTypes(leaf: ConditionLeaf, ref: FactReference | undefined, at: PropertyKey[], report: Report) {
  const op = leaf.operator;
  if (op === 'in' || op === 'notIn') checkMembership(leaf, ref, at, report);
  else if (op === 'contains' || op === 'doesNotContain') checkContains(leaf, ref, at, report);
  else if (NUMERIC.has(op)) checkNumeric(leaf, ref, at, report);
  else if (op === 'equal' || op === 'notEqual') checkEquality(leaf, ref, at, report);
}
