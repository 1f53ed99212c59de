import type { MergedCatalog } from '../rules/rule-set.js';
import type { Text } from '../text.js';

/**
 * Writes a case field's JSON Schema hints into its generated JSON: the keywords as they are, and for
 * an id list (`x-vocabulary`) the labels of each id from the catalog: `x-labels` (`{ id: { 'zh-CN', en } }`)
 * and `enumDescriptions` (the form VS Code shows beside each completion).
 *
 * @example
 * applyHints(json, { enum: ['chargeback'], 'x-vocabulary': 'scenarios' }, ruleSet.catalog);
 */
export function applyHints(
  json: Record<string, unknown>,
  hints: Record<string, unknown>,
  catalog?: MergedCatalog,
): void {
  const { 'x-vocabulary': section, ...keywords } = hints;
  Object.assign(json, keywords);
  if (!catalog || typeof section !== 'string' || !Array.isArray(keywords.enum)) return;
  const entries = catalog[section as keyof MergedCatalog] as unknown as Record<string, { label?: Text } | undefined>;
  const ids = keywords.enum as string[];
  const labels: Record<string, Text> = {};
  for (const id of ids) {
    const label = entries[id]?.label;
    if (label) labels[id] = { 'zh-CN': label['zh-CN'], en: label.en };
  }
  json['x-labels'] = labels;
  json.enumDescriptions = ids.map((id) => (labels[id] ? `${labels[id]!['zh-CN']} — ${labels[id]!.en}` : ''));
}
