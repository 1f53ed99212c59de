import type { Issue } from '../issues.js';
import { issueAt } from './check-conditions.js';
import type { CatalogFile } from './parse-rule-files.js';
import type { MergedCatalog } from './rule-set.js';

const CATALOG_SECTIONS = [
  'scenarios',
  'stages',
  'causes',
  'evidence',
  'actions',
  'channels',
  'gates',
  'dates',
  'settlementCycles',
  'sources',
] as const;

function emptyCatalog(): MergedCatalog {
  return {
    scenarios: {},
    stages: {},
    causes: {},
    evidence: {},
    actions: {},
    channels: {},
    gates: {},
    dates: {},
    crosswalk: [],
    settlementCycles: {},
    sources: {},
  };
}

function overrideIssue(file: string, section: string, id: string, known: boolean, override: boolean): Issue[] {
  if (known && !override) {
    const message =
      `${section} id ${JSON.stringify(id)} is declared by two catalogs; ` +
      'set "override": true on the later entry to replace it';
    return [issueAt(file, undefined, 'duplicate_id', [section, id], message)];
  }
  if (!known && override) {
    const message = `"override" is set but no earlier catalog declares ${section} id ${JSON.stringify(id)}`;
    return [issueAt(file, undefined, 'unknown_id', [section, id, 'override'], message)];
  }
  return [];
}

/**
 * Merges the catalogs in order, section by section: a later catalog may replace an id only with
 * `"override": true`, and may set it only on an id an earlier catalog declares.
 *
 * @example
 * const { catalog, issues } = mergeCatalogs([{ file: 'catalog.json', catalog }]);
 */
export function mergeCatalogs(catalogs: readonly CatalogFile[]): { catalog: MergedCatalog; issues: Issue[] } {
  const merged = emptyCatalog();
  const issues: Issue[] = [];
  for (const { file, catalog } of catalogs) {
    for (const section of CATALOG_SECTIONS) {
      const entries = catalog[section] as Record<string, unknown> | undefined;
      const target = merged[section] as Record<string, unknown>;
      for (const [id, entry] of Object.entries(entries ?? {})) {
        const override = (entry as { override?: boolean }).override === true;
        issues.push(...overrideIssue(file, section, id, Object.hasOwn(target, id), override));
        target[id] = entry;
      }
    }
    merged.crosswalk.push(...(catalog.crosswalk ?? []));
  }
  return { catalog: merged, issues };
}
