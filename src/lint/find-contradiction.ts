import { LIST_FACTS, splitFactPath } from '../facts/fact-catalog.js';
import type { Condition, ConditionLeaf } from '../rules/condition-schema.js';
import type { MergedCatalog } from '../rules/rule-set.js';

/** Why a condition can never hold, and where (a path relative to the rule's file). */
export interface Contradiction {
  path: PropertyKey[];
  message: string;
}

type Primitive = string | number | boolean | null;

/** What the conditions seen so far on one branch say about one fact (or one `fact.path`). */
interface FactBounds {
  allowed?: Primitive[];
  excluded: Primitive[];
  numeric: boolean;
  lower?: { value: number; inclusive: boolean };
  upper?: { value: number; inclusive: boolean };
  contains: Primitive[];
  lacks: Primitive[];
  said: string[];
}

interface Goal {
  node: Condition;
  negated: boolean;
  at: PathNode | undefined;
}

export interface FindContradictionContext {
  catalog: MergedCatalog;
  namedConditions: Readonly<Record<string, Condition>>;
}

const lists = new Set<string>(LIST_FACTS);
const NEGATED: Record<string, string> = {
  equal: 'notEqual',
  notEqual: 'equal',
  in: 'notIn',
  notIn: 'in',
  contains: 'doesNotContain',
  doesNotContain: 'contains',
};
// Past this many steps the search gives up and assumes the rule can fire: lint must stay fast on any pack.
const STEP_BUDGET = 20_000;
const MAX_BRANCH_DEPTH = 64;

function isPrimitive(value: unknown): value is Primitive {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** Finite domains the case schema guarantees, so "notEqual a and notEqual b" can exhaust them. */
function domainOf(key: string, catalog: MergedCatalog): Primitive[] | undefined {
  if (key === 'scenario') return Object.keys(catalog.scenarios);
  if (key === 'cause') return [...Object.keys(catalog.causes), null];
  if (key === 'stage') return [...Object.keys(catalog.stages), null];
  if (key.startsWith('signals.')) return [true, false];
  return undefined;
}

function cloneBounds(b: FactBounds): FactBounds {
  return {
    ...b,
    allowed: b.allowed && [...b.allowed],
    excluded: [...b.excluded],
    contains: [...b.contains],
    lacks: [...b.lacks],
    said: [...b.said],
  };
}

function satisfiesNumbers(b: FactBounds, v: Primitive): boolean {
  if (!b.numeric) return true;
  if (typeof v !== 'number') return false;
  if (b.lower && (b.lower.inclusive ? v < b.lower.value : v <= b.lower.value)) return false;
  if (b.upper && (b.upper.inclusive ? v > b.upper.value : v >= b.upper.value)) return false;
  return true;
}

/** Values a fact may still take, or undefined when unbounded. */
function remaining(key: string, b: FactBounds, catalog: MergedCatalog): Primitive[] | undefined {
  const base = b.allowed ?? domainOf(key, catalog);
  if (base === undefined) return undefined;
  return base.filter((v) => !b.excluded.includes(v) && satisfiesNumbers(b, v));
}

/** Adds one leaf to a fact's bounds; returns false when nothing can satisfy them any more. */
function narrow(b: FactBounds, operator: string, value: unknown, key: string, catalog: MergedCatalog): boolean {
  switch (operator) {
    case 'equal':
      if (!isPrimitive(value)) return true;
      b.allowed = (b.allowed ?? [value]).filter((v) => v === value);
      break;
    case 'in':
      if (!Array.isArray(value)) return true;
      b.allowed = (b.allowed ?? value.filter(isPrimitive)).filter((v) => value.includes(v));
      break;
    case 'notEqual':
      if (isPrimitive(value)) b.excluded.push(value);
      break;
    case 'notIn':
      if (Array.isArray(value)) b.excluded.push(...value.filter(isPrimitive));
      break;
    case 'contains':
    case 'doesNotContain':
      if (!lists.has(key) || !isPrimitive(value)) return true;
      (operator === 'contains' ? b.contains : b.lacks).push(value);
      return !b.contains.some((v) => b.lacks.includes(v));
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive': {
      if (typeof value !== 'number') return true;
      b.numeric = true;
      const bound = { value, inclusive: operator.endsWith('Inclusive') };
      const side = operator.startsWith('less') ? 'upper' : 'lower';
      const old = b[side];
      const tighter =
        !old ||
        (side === 'upper'
          ? value < old.value || (value === old.value && !bound.inclusive)
          : value > old.value || (value === old.value && !bound.inclusive));
      if (tighter) b[side] = bound;
      if (
        b.lower &&
        b.upper &&
        (b.lower.value > b.upper.value ||
          (b.lower.value === b.upper.value && !(b.lower.inclusive && b.upper.inclusive)))
      )
        return false;
      break;
    }
    default:
      return true;
  }
  const left = remaining(key, b, catalog);
  return left === undefined || left.length > 0;
}

function keyOf(leaf: ConditionLeaf): string {
  return leaf.path === undefined ? leaf.fact : `${leaf.fact}.${splitFactPath(leaf.path).join('.')}`;
}

/** Scenario and cause are tied by the catalog: a cause belongs to the scenarios it lists. */
function scenarioCauseConflict(state: Map<string, FactBounds>, catalog: MergedCatalog): string | undefined {
  const scenarioBounds = state.get('scenario');
  const causeBounds = state.get('cause');
  if (!scenarioBounds || !causeBounds) return undefined;
  const scenarios = remaining('scenario', scenarioBounds, catalog) ?? [];
  const causes = remaining('cause', causeBounds, catalog) ?? [];
  const fits = causes.some(
    (cause) => cause === null || scenarios.some((s) => catalog.causes[String(cause)]?.scenarios.includes(String(s))),
  );
  if (fits) return undefined;
  const owners = [...new Set(causes.flatMap((cause) => catalog.causes[String(cause)]?.scenarios ?? []))];
  return (
    `cause ${causes.map(show).join(' or ')} belongs to scenario ${owners.map(show).join(' or ')} in the catalog, ` +
    `but the conditions require scenario ${scenarios.map(show).join(' or ')}`
  );
}

/** A path as a linked list, so a deep tree does not copy its prefix at every level. */
interface PathNode {
  parent?: PathNode;
  key: PropertyKey;
}

function pathOf(node: PathNode | undefined, base: readonly PropertyKey[]): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let n = node; n; n = n.parent) keys.push(n.key);
  return [...base, ...keys.reverse()];
}

/**
 * Searches the condition tree for one way all of it could hold. Returns why none exists, or
 * undefined when some case might satisfy it (or the search ran out of budget: lint must not cry wolf).
 */
export function findContradiction(
  condition: Condition,
  at: readonly PropertyKey[],
  context: FindContradictionContext,
): Contradiction | undefined {
  let steps = 0;
  // Goals are a stack (next goal last); only an "any" branches, by recursion bounded by MAX_BRANCH_DEPTH.
  const solve = (goals: Goal[], state: Map<string, FactBounds>, depth: number): Contradiction | undefined => {
    while (goals.length > 0) {
      if (++steps > STEP_BUDGET) return undefined;
      const goal = goals.pop()!;
      const { node, negated } = goal;
      const child = (next: Condition, key: PropertyKey, i?: number): Goal => ({
        node: next,
        negated,
        at: i === undefined ? { parent: goal.at, key } : { parent: { parent: goal.at, key }, key: i },
      });
      if ('not' in node) {
        goals.push({ node: node.not, negated: !negated, at: { parent: goal.at, key: 'not' } });
        continue;
      }
      if ('condition' in node) {
        const named = context.namedConditions[node.condition];
        if (named) goals.push({ node: named, negated, at: goal.at });
        continue;
      }
      if ('all' in node || 'any' in node) {
        const kind = 'all' in node ? 'all' : 'any';
        const children = 'all' in node ? node.all : node.any;
        // "all", or a negated "any" (De Morgan): every child must hold.
        if ((kind === 'all') !== negated || children.length === 0) {
          for (let i = children.length - 1; i >= 0; i--) goals.push(child(children[i]!, kind, i));
          continue;
        }
        if (depth >= MAX_BRANCH_DEPTH) return undefined;
        const failures: Contradiction[] = [];
        for (const [i, next] of children.entries()) {
          const branch = new Map([...state].map(([k, b]) => [k, cloneBounds(b)]));
          const failure = solve([...goals, child(next, kind, i)], branch, depth + 1);
          if (!failure) return undefined;
          failures.push(failure);
        }
        if (failures.length === 1) return failures[0];
        return {
          path: pathOf(goal.at, at),
          message:
            `none of the ${failures.length} alternatives in "${kind}" can hold together with the other conditions ` +
            `(first: ${failures[0]!.message})`,
        };
      }
      const leaf = node as ConditionLeaf;
      const isReference = leaf.value !== null && typeof leaf.value === 'object' && !Array.isArray(leaf.value);
      const operator = negated ? NEGATED[leaf.operator] : leaf.operator;
      if (isReference || operator === undefined) continue;
      const key = keyOf(leaf);
      const bounds = state.get(key) ?? { excluded: [], numeric: false, contains: [], lacks: [], said: [] };
      state.set(key, bounds);
      bounds.said.push(`${operator} ${show(leaf.value)}`);
      if (!narrow(bounds, operator, leaf.value, key, context.catalog)) {
        return {
          path: pathOf(goal.at, at),
          message: `fact "${key}" cannot satisfy ${bounds.said.join(' and ')} at once`,
        };
      }
      if (key === 'scenario' || key === 'cause') {
        const conflict = scenarioCauseConflict(state, context.catalog);
        if (conflict) return { path: pathOf(goal.at, at), message: conflict };
      }
    }
    return undefined;
  };
  return solve([{ node: condition, negated: false, at: undefined }], new Map(), 0);
}
