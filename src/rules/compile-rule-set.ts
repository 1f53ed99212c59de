import { compileTemplates } from '../documents/compile-templates.js';
import { InvalidRulesError } from '../errors/invalid-rules-error.js';
import type { Issue } from '../issues.js';
import { checkCatalogs } from './check-catalog.js';
import { checkCondition, issueAt } from './check-conditions.js';
import { checkConditionCycles } from './check-condition-cycles.js';
import type { DayScope } from './check-days.js';
import { checkRule } from './check-rule.js';
import { checkSourceKeys } from './check-source-keys.js';
import { collectPackDeclarations, type PackDeclarations } from './collect-pack-declarations.js';
import { collectRules } from './collect-rules.js';
import { describeRuleSet } from './describe-rule-set.js';
import { findTooDeepConditions } from './find-too-deep-conditions.js';
import { guardRuleSources, type RuleSourceLimits } from './guard-rule-source.js';
import { mergeCatalogs } from './merge-catalogs.js';
import { parseRuleFiles } from './parse-rule-files.js';
import { resolveParameterValues } from './resolve-parameter-values.js';
import { rememberRuleSetOrigin } from './rule-set-origin.js';
import type { MergedCatalog, RuleSet, RuleSource } from './rule-set.js';

/**
 * Options for {@link compileRuleSet}.
 *
 * @example
 * const ruleSet = compileRuleSet(sources, { parameters: { retrieval_response_working_days: 7 } });
 */
export interface CompileRuleSetOptions {
  /** Override parameter values (day counts, thresholds) declared by the packs. */
  parameters?: Record<string, number>;
  /** Size limits for the rule files, checked before anything else. */
  limits?: Partial<RuleSourceLimits>;
}

function vocabularyOf(catalog: MergedCatalog): RuleSet['vocabulary'] {
  return {
    scenarios: Object.keys(catalog.scenarios),
    causes: Object.keys(catalog.causes),
    stages: Object.keys(catalog.stages),
    evidence: Object.keys(catalog.evidence),
    channels: Object.keys(catalog.channels),
  };
}

/** What conditions and day counts may refer to: the catalog's ids, named conditions, parameters. */
function scopeOf(
  catalog: MergedCatalog,
  declared: PackDeclarations,
  parameterValues: Record<string, number>,
): DayScope {
  const vocabulary = vocabularyOf(catalog);
  return {
    parameterValues,
    ids: {
      scenarios: new Set(vocabulary.scenarios),
      causes: new Set(vocabulary.causes),
      stages: new Set(vocabulary.stages),
      evidence: new Set(vocabulary.evidence),
      channels: new Set(vocabulary.channels),
    },
    namedConditions: new Set(Object.keys(declared.namedConditions)),
    parameters: new Set(Object.keys(declared.parameters)),
  };
}

function checkNamedConditions(declared: PackDeclarations, scope: DayScope): Issue[] {
  const issues: Issue[] = [];
  for (const [name, condition] of Object.entries(declared.namedConditions)) {
    const origin = declared.conditionOrigin[name]!;
    checkCondition(condition, scope, origin.path, (code, path, message, detail) =>
      issues.push(issueAt(origin.file, undefined, code, path, message, detail)),
    );
  }
  return issues;
}

function throwIfAny(issues: readonly Issue[]): void {
  if (issues.length > 0) throw new InvalidRulesError(issues);
}

/**
 * Validates and merges rule files (catalogs and rule packs) into a rule set. All or nothing: any
 * problem anywhere rejects the whole set with an `InvalidRulesError` whose issues name file, rule
 * id and JSON pointer.
 *
 * @example
 * const ruleSet = compileRuleSet([
 *   { file: 'catalog.json', content: catalog },
 *   { file: 'chargeback.json', content: pack },
 * ]);
 */
export function compileRuleSet(sources: readonly RuleSource[], options: CompileRuleSetOptions = {}): RuleSet {
  throwIfAny(guardRuleSources(sources, options.limits));
  const files = parseRuleFiles(sources);
  throwIfAny(files.issues);
  const merged = mergeCatalogs(files.catalogs);
  const { catalog } = merged;
  const declared = collectPackDeclarations(files.packs);
  const parameterValues = resolveParameterValues(declared.parameters, options.parameters);
  const scope = scopeOf(catalog, declared, parameterValues.values);
  const collected = collectRules(files.packs);
  const { rules } = collected;
  const tooDeep = findTooDeepConditions({ ...declared, catalogs: files.catalogs, rules });
  const deadlineIds = new Set(rules.flatMap((rule) => (rule.outcome.deadlines ?? []).map((d) => d.id)));
  const vocabulary = vocabularyOf(catalog);
  const issues: Issue[] = [
    ...merged.issues,
    ...declared.issues,
    ...parameterValues.issues,
    ...checkCatalogs(files.catalogs, catalog, scope),
    ...checkNamedConditions(declared, scope),
    ...checkConditionCycles(declared.namedConditions, declared.conditionOrigin),
    ...tooDeep.declared,
    ...collected.issues,
    ...rules.flatMap((rule) => checkRule(rule, { catalog, scope, deadlineIds })),
    ...tooDeep.rules,
  ];
  const templates = compileTemplates(files.templateFiles, { vocabulary }, issues);
  issues.push(...checkSourceKeys(files.packs, catalog));
  throwIfAny(issues);
  const ruleSet: RuleSet = {
    ...describeRuleSet(sources, files.packInfo, parameterValues.values),
    packs: files.packInfo,
    catalog,
    rules,
    namedConditions: declared.namedConditions,
    parameters: declared.parameters,
    parameterValues: parameterValues.values,
    vocabulary,
    templates,
  };
  rememberRuleSetOrigin(ruleSet, { sources, parameters: { ...options.parameters } });
  return ruleSet;
}
