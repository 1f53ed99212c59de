import { InvalidRulesError } from '../errors/invalid-rules-error.js';
import type { Issue } from '../issues.js';
import { compileRuleSet } from '../rules/compile-rule-set.js';
import { guardRuleSources } from '../rules/guard-rule-source.js';
import type { RuleSet, RuleSource } from '../rules/rule-set.js';
import { rememberRuleSetOrigin } from '../rules/rule-set-origin.js';
import { isStructure, RULES_JSON_FORMAT, type RulesJson } from './rules-json.js';

/**
 * Options for {@link hydrateRules} and `loadRules`.
 *
 * @example
 * const ruleSet = hydrateRules(json, { verify: true });
 */
export interface HydrateRulesOptions {
  /**
   * Compile the files again (validation, checks, hash) instead of trusting the compiled set, and
   * refuse the document when the hashes differ. Default: false (the document is the package's own asset).
   */
  verify?: boolean;
}

const invalid = (path: string, message: string): InvalidRulesError =>
  new InvalidRulesError([{ code: 'invalid_rules_json', path, message }]);

/** The document's shape, else the issue that names what is wrong. */
function checkShape(json: unknown): asserts json is RulesJson {
  if (!isStructure(json) || Array.isArray(json) || json.format !== RULES_JSON_FORMAT)
    throw invalid('/format', `expected a rules JSON document of format ${RULES_JSON_FORMAT}`);
  const { sources, parameters, ruleSet } = json;
  const isSource = (s: unknown) => isStructure(s) && !Array.isArray(s) && typeof s.file === 'string' && 'content' in s;
  if (!Array.isArray(sources) || !sources.every(isSource))
    throw invalid('/sources', 'expected an array of rule files { file, content }');
  if (!isStructure(parameters) || Array.isArray(parameters) || !Object.values(parameters).every(Number.isFinite))
    throw invalid('/parameters', 'expected an object of parameter names and numbers');
  if (!isStructure(ruleSet) || Array.isArray(ruleSet)) throw invalid('/ruleSet', 'expected the compiled rule set');
}

/** The compiled set with every `{ "$ref": [file, ...keys] }` replaced by that part of the files. */
function resolveParts(json: RulesJson): RuleSet {
  const contents = json.sources.map((source) => source.content);
  const at = (path: unknown): unknown => {
    if (!Array.isArray(path) || !Number.isInteger(path[0]) || !(path[0] in contents))
      throw invalid('/ruleSet', `expected a reference into the rule files; found ${JSON.stringify(path)}`);
    let value = contents[path[0]];
    for (const key of path.slice(1)) {
      if (!isStructure(value) || !Object.hasOwn(value, key))
        throw invalid('/ruleSet', `the reference ${JSON.stringify(path)} points at nothing in the rule files`);
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
  const decode = (value: unknown): unknown => {
    if (!isStructure(value)) return value;
    if (Array.isArray(value)) return value.map(decode);
    if (Object.hasOwn(value, '$ref')) return at(value.$ref);
    // fromEntries defines own properties: no key reaches a prototype.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  };
  return decode(json.ruleSet) as RuleSet;
}

/**
 * Turns a {@link RulesJson} document (such as `pos-dispute-triage/rules.json`, parsed) back into the
 * compiled rule set it was packed from: same `version`, `hash` and content, without a validation
 * pass. `parameters` can be applied to it later, as to any set this package compiled.
 * A document that is not one throws `InvalidRulesError` (`code: 'invalid_rules'`).
 *
 * @example
 * import rulesJson from 'pos-dispute-triage/rules.json';
 * const triage = createTriage({ rules: hydrateRules(rulesJson) });
 */
export function hydrateRules(json: unknown, options: HydrateRulesOptions = {}): RuleSet {
  checkShape(json);
  // The same walk as for any rule file: no prototype-named keys, no absurd depth or size.
  const parts: RuleSource[] = [...json.sources, { file: '(compiled set)', content: json.ruleSet }];
  const issues: Issue[] = guardRuleSources(parts);
  if (issues.length > 0) throw new InvalidRulesError(issues);
  const ruleSet = resolveParts(json);
  if (options.verify) {
    const compiled = compileRuleSet(json.sources, { parameters: json.parameters });
    if (compiled.hash !== ruleSet.hash)
      throw invalid('/ruleSet/hash', `the files compile to ${compiled.hash}; the document says ${ruleSet.hash}`);
    return compiled;
  }
  rememberRuleSetOrigin(ruleSet, { sources: json.sources, parameters: json.parameters });
  return ruleSet;
}
