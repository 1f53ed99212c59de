import { TriageError } from '../errors/triage-error.js';
import type { RuleSet } from '../rules/rule-set.js';
import { ruleSetOriginOf } from '../rules/rule-set-origin.js';
import { isStructure, RULES_JSON_FORMAT, type RulesJson, type RulesJsonPath } from './rules-json.js';

/** Every object and array inside the files, by identity: the path that first reaches it. */
function indexParts(contents: readonly unknown[]): Map<object, RulesJsonPath> {
  const at = new Map<object, RulesJsonPath>();
  const visit = (value: unknown, path: RulesJsonPath): void => {
    if (!isStructure(value) || at.has(value)) return;
    at.set(value, path);
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, item] of entries) visit(item, [...path, key]);
  };
  for (const [i, content] of contents.entries()) visit(content, [i]);
  return at;
}

/**
 * A compiled rule set as a {@link RulesJson} document, for `hydrateRules` or `loadRules` of
 * `pos-dispute-triage/browser` to turn back into the same set (same `hash`, no validation pass).
 * The set must come from `compileRuleSet` (or `loadRuleSet`) in this process, which remembers its files.
 *
 * @example
 * import { compileRuleSet } from 'pos-dispute-triage';
 * import { packRules } from 'pos-dispute-triage/browser';
 * writeFileSync('partner-rules.json', JSON.stringify(packRules(compileRuleSet(sources))));
 */
export function packRules(ruleSet: RuleSet): RulesJson {
  const origin = ruleSetOriginOf(ruleSet);
  if (!origin)
    throw new TriageError('rules_not_packable', 'expected a rule set compiled by this package in this process');
  const at = indexParts(origin.sources.map((source) => source.content));
  const encode = (value: unknown): unknown => {
    if (!isStructure(value)) return value;
    const path = at.get(value);
    if (path) return { $ref: path };
    if (Array.isArray(value)) return value.map(encode);
    if (Object.hasOwn(value, '$ref'))
      throw new TriageError('rules_not_packable', 'expected no "$ref" key in the compiled set outside the rule files');
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  };
  return {
    format: RULES_JSON_FORMAT,
    sources: origin.sources.map(({ file, content }) => ({ file, content })),
    parameters: { ...origin.parameters },
    ruleSet: encode(ruleSet),
  };
}
