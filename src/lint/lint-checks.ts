import { expectedFound, type Issue } from '../issues.js';
import { splitFactPath } from '../facts/fact-catalog.js';
import { issueAt, referencedConditions } from '../rules/check-conditions.js';
import { conditionParts } from '../rules/condition-parts.js';
import type { Condition, ConditionLeaf } from '../rules/condition-schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Catalog, Days, RulePack } from '../rules/schema.js';
import { LOCALES } from '../text.js';
import { findContradiction } from './find-contradiction.js';

/** A rule file that passed the structural check, with its name for messages. */
export interface ParsedFile<T> {
  file: string;
  content: T;
}

/** Blank source keys and blank texts: things the structure allows but an auditor cannot use. */
export function lintFileText(file: string, content: unknown): Issue[] {
  const issues: Issue[] = [];
  const rules = (content as { rules?: Array<{ id?: unknown }> }).rules;
  const ruleAt = (path: PropertyKey[]) =>
    path[0] === 'rules' && typeof path[1] === 'number' && typeof rules?.[path[1]]?.id === 'string'
      ? (rules[path[1]]!.id as string)
      : undefined;
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: content, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      if (path[path.length - 1] === 'sources') {
        value.forEach((key, i) => {
          if (typeof key === 'string' && key.trim() === '')
            issues.push(
              issueAt(
                file,
                ruleAt(path),
                'blank_source',
                [...path, i],
                ...expectedFound('a source key (such as "S4")', 'a blank one'),
              ),
            );
        });
        continue;
      }
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === LOCALES.length && LOCALES.every((locale) => typeof record[locale] === 'string')) {
      for (const locale of LOCALES) {
        if ((record[locale] as string).trim() === '')
          issues.push(
            issueAt(
              file,
              ruleAt(path),
              'blank_text',
              [...path, locale],
              ...expectedFound(`a text in ${locale}`, 'only white space'),
            ),
          );
      }
      continue;
    }
    for (const key of keys) stack.push({ value: record[key], path: [...path, key] });
  }
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Rules whose conditions can never all hold, e.g. a scenario together with a cause of another scenario. */
export function lintUnreachableRules(ruleSet: RuleSet): { issues: Issue[]; dead: Set<string> } {
  const issues: Issue[] = [];
  const dead = new Set<string>();
  for (const rule of ruleSet.rules) {
    const found = findContradiction(rule.conditions, ['rules', rule.position, 'conditions'], {
      catalog: ruleSet.catalog,
      namedConditions: ruleSet.namedConditions,
    });
    if (!found) continue;
    dead.add(rule.id);
    issues.push(issueAt(rule.file, rule.id, 'never_fires', found.path, `the rule can never fire: ${found.message}`));
  }
  return { issues, dead };
}

/** Catalog channels that no rule that can fire puts on a ladder or in parallel. */
export function lintUnreachableChannels(
  ruleSet: RuleSet,
  catalogs: readonly ParsedFile<Catalog>[],
  dead: ReadonlySet<string>,
): Issue[] {
  const reached = new Set<string>();
  for (const rule of ruleSet.rules) {
    if (dead.has(rule.id)) continue;
    for (const step of rule.outcome.escalation ?? []) reached.add(step.channel);
    for (const step of rule.outcome.parallel ?? []) reached.add(step.channel);
  }
  const declaredIn = new Map<string, string>();
  for (const { file, content } of catalogs)
    for (const id of Object.keys(content.channels ?? {})) declaredIn.set(id, file);
  return [...declaredIn]
    .filter(([id]) => !reached.has(id))
    .map(([id, file]) =>
      issueAt(
        file,
        undefined,
        'unreachable_channel',
        ['channels', id],
        `no rule that can fire names channel ${JSON.stringify(id)} in "escalation" or "parallel", ` +
          'so no case is ever sent there',
      ),
    );
}

function paramOf(days: Days | undefined, into: Set<string>): void {
  if (typeof days === 'object') into.add(days.param);
}

function leavesOf(condition: Condition): ConditionLeaf[] {
  return conditionParts(condition).leaves;
}

/** Every condition of the rule set: rules, named conditions, gates and the actions' doneWhen. */
function allConditions(ruleSet: RuleSet): Condition[] {
  return [
    ...ruleSet.rules.map((rule) => rule.conditions),
    ...Object.values(ruleSet.namedConditions),
    ...Object.values(ruleSet.catalog.gates).map((gate) => gate.conditions),
    ...Object.values(ruleSet.catalog.actions).flatMap((action) => (action.doneWhen ? [action.doneWhen] : [])),
  ];
}

/** Parameters and named conditions that nothing refers to: usually a typo on one side. */
export function lintUnused(ruleSet: RuleSet, packs: readonly ParsedFile<RulePack>[]): Issue[] {
  const params = new Set<string>();
  const named = new Set<string>();
  for (const condition of allConditions(ruleSet)) {
    for (const name of referencedConditions(condition)) named.add(name);
    for (const leaf of leavesOf(condition)) {
      if (leaf.fact === 'params' && leaf.path !== undefined) params.add(splitFactPath(leaf.path)[0]!);
      const ref = leaf.value as { fact?: unknown; path?: unknown } | null;
      if (ref !== null && typeof ref === 'object' && ref.fact === 'params' && typeof ref.path === 'string')
        params.add(splitFactPath(ref.path)[0]!);
    }
  }
  for (const rule of ruleSet.rules) {
    for (const step of rule.outcome.escalation ?? []) {
      paramOf(step.replyWindow?.days, params);
      paramOf(step.notBefore?.days, params);
    }
    for (const deadline of rule.outcome.deadlines ?? []) paramOf(deadline.days, params);
  }
  for (const channel of Object.values(ruleSet.catalog.channels)) paramOf(channel.replyWindow?.days, params);

  const issues: Issue[] = [];
  for (const { file, content } of packs) {
    for (const name of Object.keys(content.parameters ?? {})) {
      if (!params.has(name))
        issues.push(
          issueAt(
            file,
            undefined,
            'unused_parameter',
            ['parameters', name],
            `no condition, deadline or reply window uses parameter ${JSON.stringify(name)}`,
          ),
        );
    }
    for (const name of Object.keys(content.conditions ?? {})) {
      if (!named.has(name))
        issues.push(
          issueAt(
            file,
            undefined,
            'unused_condition',
            ['conditions', name],
            `no rule, gate or other condition refers to named condition ${JSON.stringify(name)}`,
          ),
        );
    }
  }
  return issues;
}
