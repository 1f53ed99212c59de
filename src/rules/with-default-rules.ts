import { DEFAULT_RULE_SOURCES } from '../generated/default-rules.js';
import type { RuleSource } from './rule-set.js';

/**
 * The bundled rule files followed by yours, ready for `createTriage({ rules })` or
 * `compileRuleSet`. Later files may add ids and labels (catalogs), add rules, replace a rule
 * (`"override": true` on it), replace a catalog entry (`"override": true` on the entry) or switch
 * rules off (`"disable": [ids]` in a pack); anything else that reuses an id is an error.
 *
 * @example
 * import { createTriage, withDefaultRules } from 'pos-dispute-triage';
 * const triage = createTriage({ rules: withDefaultRules([{ file: 'acme.json', content: acmePack }]) });
 */
export function withDefaultRules(extra: readonly RuleSource[]): RuleSource[] {
  return [...DEFAULT_RULE_SOURCES, ...extra];
}
