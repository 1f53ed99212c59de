import { expectedFound, type Issue } from '../issues.js';
import { issueAt } from './check-conditions.js';
import type { PackFile } from './parse-rule-files.js';
import type { MergedCatalog } from './rule-set.js';

/**
 * Every source key a rule, deadline or parameter cites must be declared by a catalog's `sources`
 * (blank keys are lint's concern).
 *
 * @example
 * checkSourceKeys([{ file: 'chargeback.json', pack }], catalog); // [] when every key is declared
 */
export function checkSourceKeys(packs: readonly PackFile[], catalog: MergedCatalog): Issue[] {
  const issues: Issue[] = [];
  const check = (file: string, rule: string | undefined, keys: readonly string[], path: PropertyKey[]) => {
    keys.forEach((key, i) => {
      if (key.trim() === '' || Object.hasOwn(catalog.sources, key)) return;
      const expected = `a source key declared in a catalog's "sources" (such as S20)`;
      const [message, detail] = expectedFound(expected, JSON.stringify(key));
      issues.push(issueAt(file, rule, 'unknown_source', [...path, i], message, detail));
    });
  };
  for (const { file, pack } of packs) {
    for (const [name, parameter] of Object.entries(pack.parameters ?? {}))
      check(file, undefined, parameter.sources, ['parameters', name, 'sources']);
    pack.rules.forEach((rule, i) => {
      check(file, rule.id, rule.sources, ['rules', i, 'sources']);
      (rule.outcome.deadlines ?? []).forEach((d, j) => {
        check(file, rule.id, d.sources, ['rules', i, 'outcome', 'deadlines', j, 'sources']);
      });
    });
  }
  return issues;
}
