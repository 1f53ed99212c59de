import type { Issue } from '../issues.js';
import { issueAt } from './check-conditions.js';
import { conditionDepth, MAX_CONDITION_DEPTH, namedConditionDepths } from './check-condition-depth.js';
import type { ConditionOrigin } from './collect-pack-declarations.js';
import type { Condition } from './condition-schema.js';
import type { CatalogFile } from './parse-rule-files.js';
import type { CompiledRule } from './rule-set.js';

/** A condition tree and where it is. */
interface PlacedCondition {
  condition: Condition;
  file: string;
  rule: string | undefined;
  at: PropertyKey[];
}

/** The deepest named condition only: a chain of thousands is one problem, not thousands. */
function deepestNamed(
  depths: ReadonlyMap<string, number>,
  named: Readonly<Record<string, Condition>>,
  origin: Readonly<Record<string, ConditionOrigin>>,
): PlacedCondition[] {
  const deepest = [...depths].reduce<[string, number] | undefined>((a, b) => (a && a[1] >= b[1] ? a : b), undefined);
  if (!deepest) return [];
  const [name] = deepest;
  return [{ condition: named[name]!, file: origin[name]!.file, rule: undefined, at: origin[name]!.path }];
}

function catalogConditions(catalogs: readonly CatalogFile[]): PlacedCondition[] {
  const placed: PlacedCondition[] = [];
  for (const { file, catalog } of catalogs) {
    for (const [id, gate] of Object.entries(catalog.gates ?? {}))
      placed.push({ condition: gate.conditions, file, rule: undefined, at: ['gates', id, 'conditions'] });
    for (const [id, action] of Object.entries(catalog.actions ?? {}))
      if (action.doneWhen)
        placed.push({ condition: action.doneWhen, file, rule: undefined, at: ['actions', id, 'doneWhen'] });
  }
  return placed;
}

function tooDeep(placed: readonly PlacedCondition[], depths: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  for (const { condition, file, rule, at } of placed) {
    const depth = conditionDepth(condition, depths);
    if (depth <= MAX_CONDITION_DEPTH) continue;
    const message =
      `the condition nests ${depth} levels deep with its named conditions expanded; ` +
      `the limit is ${MAX_CONDITION_DEPTH}`;
    issues.push(issueAt(file, rule, 'too_deep', at, message));
  }
  return issues;
}

/**
 * Conditions that nest deeper than {@link MAX_CONDITION_DEPTH} with their named conditions expanded:
 * in `declared`, the deepest named condition, then gates and `doneWhen` of each catalog; in `rules`,
 * each rule's. Measured even with cycles (a reference back into the cycle counts as no depth).
 *
 * @example
 * findTooDeepConditions({ namedConditions, conditionOrigin, catalogs, rules }); // { declared: [], rules: [] }
 */
export function findTooDeepConditions(input: {
  namedConditions: Readonly<Record<string, Condition>>;
  conditionOrigin: Readonly<Record<string, ConditionOrigin>>;
  catalogs: readonly CatalogFile[];
  rules: readonly CompiledRule[];
}): { declared: Issue[]; rules: Issue[] } {
  const depths = namedConditionDepths(input.namedConditions);
  const declared = [
    ...deepestNamed(depths, input.namedConditions, input.conditionOrigin),
    ...catalogConditions(input.catalogs),
  ];
  const rules = input.rules.map((rule) => ({
    condition: rule.conditions,
    file: rule.file,
    rule: rule.id,
    at: ['rules', rule.position, 'conditions'],
  }));
  return { declared: tooDeep(declared, depths), rules: tooDeep(rules, depths) };
}
