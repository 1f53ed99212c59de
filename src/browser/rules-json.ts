import type { RuleSource } from '../rules/rule-set.js';

/** What `format` says in a rules JSON file; a file of another format is refused. */
export const RULES_JSON_FORMAT = 'pos-dispute-triage/rules@1';

/** A part of a rule file, named by the file's place in `sources` and the keys down to it. */
export type RulesJsonPath = [number, ...Array<string | number>];

/**
 * A compiled rule set as one JSON document (`pos-dispute-triage/rules.json` holds the bundled one):
 * the rule files it was compiled from, the parameter overrides applied, and the compiled set itself,
 * in which every part taken unchanged from a file is written `{ "$ref": [file, ...keys] }`, so the
 * rule data is carried once.
 *
 * @example
 * const json: RulesJson = await (await fetch('/rules.json')).json();
 * console.log(json.sources.map((source) => source.file));
 */
export interface RulesJson {
  format: typeof RULES_JSON_FORMAT;
  sources: RuleSource[];
  parameters: Record<string, number>;
  ruleSet: unknown;
}

/** A value that is an object or an array, the parts a rules JSON may share. */
export function isStructure(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object';
}
