import { DATE_FACTS } from '../facts/fact-catalog.js';
import { expectedFound, type Issue, type ReportIssue } from '../issues.js';
import { checkCondition, issueAt } from './check-conditions.js';
import { checkDays, type DayScope } from './check-days.js';
import type { CatalogFile } from './parse-rule-files.js';
import type { MergedCatalog } from './rule-set.js';
import type { Catalog } from './schema.js';

/** One catalog's references: scenarios of causes, gates and reply windows of channels, conditions, crosswalk. */
function checkCatalogReferences(catalog: Catalog, merged: MergedCatalog, scope: DayScope, report: ReportIssue): void {
  for (const [id, cause] of Object.entries(catalog.causes ?? {})) {
    cause.scenarios.forEach((scenario, i) => {
      if (scope.ids.scenarios.has(scenario)) return;
      const found = JSON.stringify(scenario);
      report('unknown_id', ['causes', id, 'scenarios', i], ...expectedFound('a known scenario id', found));
    });
  }
  for (const [id, channel] of Object.entries(catalog.channels ?? {})) {
    (channel.gates ?? []).forEach((gate, i) => {
      if (Object.hasOwn(merged.gates, gate)) return;
      const found = JSON.stringify(gate);
      report('unknown_gate', ['channels', id, 'gates', i], ...expectedFound('a gate declared in a catalog', found));
    });
    if (channel.replyWindow)
      checkDays(channel.replyWindow.days, scope, ['channels', id, 'replyWindow', 'days'], report);
  }
  for (const [id, gate] of Object.entries(catalog.gates ?? {}))
    checkCondition(gate.conditions, scope, ['gates', id, 'conditions'], report);
  for (const [id, action] of Object.entries(catalog.actions ?? {})) {
    if (action.doneWhen) checkCondition(action.doneWhen, scope, ['actions', id, 'doneWhen'], report);
  }
  (catalog.crosswalk ?? []).forEach((entry, i) => {
    if (scope.ids.causes.has(entry.cause)) return;
    report('unknown_id', ['crosswalk', i, 'cause'], ...expectedFound('a known cause id', JSON.stringify(entry.cause)));
  });
}

/** Every date fact needs a label in some catalog; a rule set needs at least one catalog. */
function checkDateLabels(catalogs: readonly CatalogFile[], merged: MergedCatalog): Issue[] {
  if (catalogs.length === 0) {
    const [message, detail] = expectedFound(
      'at least one catalog file (kind "catalog") with the labels of every id',
      'none',
    );
    return [{ code: 'missing_catalog', file: '(rule set)', path: '', message, ...detail }];
  }
  const file = catalogs[0]!.file;
  return DATE_FACTS.filter((date) => !Object.hasOwn(merged.dates, date)).map((date) =>
    issueAt(
      file,
      undefined,
      'missing_label',
      ['dates', date],
      `date fact ${JSON.stringify(date)} has no label in any catalog`,
    ),
  );
}

/**
 * Checks what the catalogs refer to against the merged catalog and the scope: scenario, gate and
 * cause ids, day counts, gate and `doneWhen` conditions; then the labels of the date facts.
 *
 * @example
 * const issues = checkCatalogs(catalogs, merged, scope); // [] when every reference is known
 */
export function checkCatalogs(catalogs: readonly CatalogFile[], merged: MergedCatalog, scope: DayScope): Issue[] {
  const issues: Issue[] = [];
  for (const { file, catalog } of catalogs) {
    checkCatalogReferences(catalog, merged, scope, (code, path, message, detail) =>
      issues.push(issueAt(file, undefined, code, path, message, detail)),
    );
  }
  issues.push(...checkDateLabels(catalogs, merged));
  return issues;
}
