import { expectedFound, type Issue } from '../issues.js';
import { issueAt } from './check-conditions.js';
import type { PackFile } from './parse-rule-files.js';
import type { CompiledRule } from './rule-set.js';
import type { Rule } from './schema.js';

/** Why a rule may not be added as it stands (a reused id, or an override of nothing), or undefined. */
function overrideProblem(file: string, rule: Rule, i: number, existing: CompiledRule | undefined): Issue | undefined {
  if (existing && !rule.override) {
    const message =
      `rule id ${JSON.stringify(rule.id)} is already defined in ${existing.file}; ` +
      'set "override": true to replace it';
    return issueAt(file, rule.id, 'duplicate_rule', ['rules', i, 'id'], message);
  }
  if (!existing && rule.override) {
    const message = `"override" is set but no earlier pack defines rule ${JSON.stringify(rule.id)}`;
    return issueAt(file, rule.id, 'unknown_rule', ['rules', i, 'override'], message);
  }
  return undefined;
}

/**
 * The rules of all packs in order: a later pack may disable a rule, or replace it with
 * `"override": true` (the replacement takes the end of the order). `index` is the final position.
 *
 * @example
 * const { rules, issues } = collectRules([{ file: 'chargeback.json', pack }]);
 */
export function collectRules(packs: readonly PackFile[]): { rules: CompiledRule[]; issues: Issue[] } {
  const byId = new Map<string, CompiledRule>();
  const issues: Issue[] = [];
  for (const { file, pack } of packs) {
    (pack.disable ?? []).forEach((id, i) => {
      if (byId.delete(id)) return;
      const [message, detail] = expectedFound('the id of a rule from an earlier pack', JSON.stringify(id));
      issues.push(issueAt(file, undefined, 'unknown_rule', ['disable', i], message, detail));
    });
    pack.rules.forEach((rule, i) => {
      const existing = byId.get(rule.id);
      const problem = overrideProblem(file, rule, i, existing);
      if (problem) {
        issues.push(problem);
        return;
      }
      if (existing) byId.delete(rule.id);
      byId.set(rule.id, { ...rule, index: 0, position: i, pack: pack.id, file });
    });
  }
  return { rules: [...byId.values()].map((rule, index) => ({ ...rule, index })), issues };
}
