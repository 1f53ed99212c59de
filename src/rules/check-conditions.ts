import type { IssueCode } from '../issue-codes.js';
import { expectedFound, toJsonPointer, type Issue, type IssueDetail, type ReportIssue } from '../issues.js';
import {
  CONTACT_FIELDS,
  DATE_FACTS,
  FACT_PATH,
  ID_FACTS,
  LIST_FACTS,
  OBJECT_FACTS,
  OPERATORS,
  SCALAR_FACTS,
  SIGNALS,
  splitFactPath,
} from '../facts/fact-catalog.js';
import type { Condition, ConditionLeaf } from './condition-schema.js';
import { conditionParts } from './condition-parts.js';
import { checkLeafTypes, type FactReference } from './check-leaf-types.js';

/** What a condition may refer to, gathered from the whole rule set before any condition is checked. */
export interface ConditionScope {
  ids: Record<'scenarios' | 'causes' | 'stages' | 'evidence' | 'channels', ReadonlySet<string>>;
  namedConditions: ReadonlySet<string>;
  parameters: ReadonlySet<string>;
}

const scalar = new Set<string>(SCALAR_FACTS);
const list = new Set<string>(LIST_FACTS);
const object = new Set<string>(OBJECT_FACTS);
const operators = new Set<string>(OPERATORS);
const dates = new Set<string>(DATE_FACTS);
const signals = new Set<string>(SIGNALS);
const contactFields = new Set<string>(CONTACT_FIELDS);

type Report = ReportIssue;

function checkObjectPath(
  fact: string,
  path: string | undefined,
  scope: ConditionScope,
  at: PropertyKey[],
  report: Report,
): void {
  if (path === undefined) {
    report('missing_path', at, `fact "${fact}" is an object: name one of its keys with "path"`);
    return;
  }
  if (!FACT_PATH.test(path)) {
    const expected = 'a plain property path such as "noticeAt" or "$.noticeAt"';
    const [message, detail] = expectedFound(expected, JSON.stringify(path));
    const why = ' (JSONPath filters, wildcards and scripts are not allowed)';
    report('unsafe_path', [...at, 'path'], message + why, detail);
    return;
  }
  const parts = splitFactPath(path);
  const [head, tail] = parts;
  const fail = (expected: string) =>
    report('unknown_path', [...at, 'path'], ...expectedFound(`${expected} for fact "${fact}"`, JSON.stringify(path)));
  switch (fact) {
    case 'signals':
      if (parts.length !== 1 || !signals.has(head!)) fail(`one of ${[...signals].join(', ')}`);
      return;
    case 'daysSince':
    case 'workingDaysSince':
    case 'monthsSince':
    case 'hoursSince':
    case 'hoursUntil':
      if (parts.length !== 1 || !dates.has(head!)) fail(`a date fact (${[...dates].join(', ')})`);
      return;
    case 'params':
      if (parts.length !== 1 || !scope.parameters.has(head!)) fail('a parameter declared by a pack');
      return;
    case 'contact':
      if (parts.length !== 2 || !scope.ids.channels.has(head!) || !contactFields.has(tail!))
        fail(`"<channel>.<${[...contactFields].join('|')}>" with a known channel`);
      return;
  }
}

/** Checks a fact name and its path; false when either is wrong (and reported). */
function checkFact(
  fact: string,
  path: string | undefined,
  scope: ConditionScope,
  at: PropertyKey[],
  report: Report,
): boolean {
  if (object.has(fact)) {
    let ok = true;
    checkObjectPath(fact, path, scope, at, (code, where, message, detail) => {
      ok = false;
      report(code, where, message, detail);
    });
    return ok;
  }
  if (scalar.has(fact) || list.has(fact)) {
    if (path === undefined) return true;
    const message = `fact "${fact}" is not an object; found a path ${JSON.stringify(path)}`;
    report('unexpected_path', [...at, 'path'], message, {
      expected: 'no path',
      found: `a path ${JSON.stringify(path)}`,
    });
    return false;
  }
  const known = `a known fact (${[...scalar, ...list, ...object].join(', ')})`;
  report('unknown_fact', [...at, 'fact'], ...expectedFound(known, JSON.stringify(fact)));
  return false;
}

/** The fact a `{ "fact": …, "path": … }` value refers to, checked; undefined when it is not a valid one. */
function checkReference(
  value: Record<string, unknown>,
  scope: ConditionScope,
  at: PropertyKey[],
  report: Report,
): FactReference | undefined {
  if (typeof value.fact !== 'string') {
    report('invalid_value', at, 'an object value must be a fact reference { "fact": …, "path": … }');
    return undefined;
  }
  if (value.path !== undefined && typeof value.path !== 'string') {
    const found = JSON.stringify(value.path);
    report('invalid_value', [...at, 'path'], ...expectedFound('the path of a fact reference to be a string', found));
    return undefined;
  }
  const ref = { fact: value.fact, path: value.path as string | undefined };
  return checkFact(ref.fact, ref.path, scope, at, report) ? ref : undefined;
}

function checkIds(leaf: ConditionLeaf, scope: ConditionScope, at: PropertyKey[], report: Report): void {
  const idKind = ID_FACTS[leaf.fact];
  if (!idKind) return;
  const value = leaf.value;
  const values = Array.isArray(value) ? value : [value];
  values.forEach((v, i) => {
    if (v === null) return;
    if (typeof v !== 'string' || !scope.ids[idKind].has(v)) {
      const where = Array.isArray(value) ? [...at, 'value', i] : [...at, 'value'];
      report('unknown_id', where, ...expectedFound(`a known ${idKind.replace(/s$/, '')} id`, JSON.stringify(v)));
    }
  });
}

function checkLeaf(leaf: ConditionLeaf, scope: ConditionScope, at: PropertyKey[], report: Report): void {
  const { fact } = leaf;
  const knownOperator = operators.has(leaf.operator);
  if (!knownOperator) {
    const expected = `one of ${[...operators].join(', ')}`;
    report('unknown_operator', [...at, 'operator'], ...expectedFound(expected, JSON.stringify(leaf.operator)));
  }
  if (!checkFact(fact, leaf.path, scope, at, report)) return;
  if (list.has(fact) && leaf.operator !== 'contains' && leaf.operator !== 'doesNotContain') {
    const [message, detail] = expectedFound('"contains" or "doesNotContain"', JSON.stringify(leaf.operator));
    report('wrong_operator', [...at, 'operator'], `fact "${fact}" is a list: ${message}`, detail);
    return;
  }
  const value = leaf.value;
  const isReference = value !== null && typeof value === 'object' && !Array.isArray(value);
  // json-rules-engine reads { fact, path } as a reference to another fact's value.
  const ref = isReference
    ? checkReference(value as Record<string, unknown>, scope, [...at, 'value'], report)
    : undefined;
  if (isReference && !ref) return;
  if (knownOperator) checkLeafTypes(leaf, ref, at, report);
  if (!isReference) checkIds(leaf, scope, at, report);
}

/**
 * Checks a condition tree against the fact catalog and the rule set's ids. Iterative, so deep trees
 * cannot overflow the stack.
 *
 * @example
 * checkCondition({ fact: 'stage', operator: 'equal', value: 'nope' }, scope, ['rules', 0, 'conditions'], report);
 */
export function checkCondition(condition: Condition, scope: ConditionScope, base: PropertyKey[], report: Report): void {
  const stack: Array<{ node: Condition; at: PropertyKey[] }> = [{ node: condition, at: base }];
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    if ('all' in node) node.all.forEach((child, i) => void stack.push({ node: child, at: [...at, 'all', i] }));
    else if ('any' in node) node.any.forEach((child, i) => void stack.push({ node: child, at: [...at, 'any', i] }));
    else if ('not' in node) stack.push({ node: node.not, at: [...at, 'not'] });
    else if ('condition' in node) {
      if (!scope.namedConditions.has(node.condition))
        report(
          'unknown_condition',
          [...at, 'condition'],
          ...expectedFound('a named condition declared in a pack', JSON.stringify(node.condition)),
        );
    } else checkLeaf(node, scope, at, report);
  }
}

/** Names of the named conditions a condition tree refers to. */
export function referencedConditions(condition: Condition): string[] {
  return conditionParts(condition).references;
}

export function issueAt(
  file: string,
  rule: string | undefined,
  code: IssueCode,
  path: PropertyKey[],
  message: string,
  detail?: IssueDetail,
): Issue {
  return rule === undefined
    ? { code, file, path: toJsonPointer(path), message, ...detail }
    : { code, file, rule, path: toJsonPointer(path), message, ...detail };
}
