import type { SourceItem } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';

/** Orders source keys by number, then suffix: S2, S9, S9x, S14, S14b, S20. */
export function compareSourceKeys(a: string, b: string): number {
  const na = Number(/\d+/.exec(a)?.[0] ?? 0);
  const nb = Number(/\d+/.exec(b)?.[0] ?? 0);
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The catalog entries of every source key cited, sorted by key; a key the catalog lacks (a rule
 * set compiled elsewhere) is left out rather than invented.
 *
 * @example
 * assembleSources(ruleSet, ['S20', 'S4', 'S20']); // [{ key: 'S4', … }, { key: 'S20', … }]
 */
export function assembleSources(ruleSet: RuleSet, keys: Iterable<string>): SourceItem[] {
  const items = itemsOf(ruleSet);
  const cited: Array<{ rank: number; item: SourceItem }> = [];
  for (const key of new Set(keys)) {
    const entry = items.get(key);
    if (entry) cited.push(entry);
  }
  return cited.sort((a, b) => a.rank - b.rank).map(({ item }) => ({ ...item }));
}

const catalogItems = new WeakMap<RuleSet, Map<string, { rank: number; item: SourceItem }>>();

/** Each source of a rule set as a result item with its place in key order, built once per rule set. */
function itemsOf(ruleSet: RuleSet): Map<string, { rank: number; item: SourceItem }> {
  let items = catalogItems.get(ruleSet);
  if (!items) {
    const keys = Object.keys(ruleSet.catalog.sources).sort(compareSourceKeys);
    items = new Map(
      keys.map((key, rank) => {
        const { title, publisher, url, kind, seen } = ruleSet.catalog.sources[key]!;
        return [key, { rank, item: { key, title, publisher, url, kind, seen } }];
      }),
    );
    catalogItems.set(ruleSet, items);
  }
  return items;
}
