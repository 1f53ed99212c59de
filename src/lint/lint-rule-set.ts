import { isInvalidRulesError } from '../errors/type-guards.js';
import { expectedFound, type Issue } from '../issues.js';
import { issueAt } from '../rules/check-conditions.js';
import { compileRuleSet, type CompileRuleSetOptions } from '../rules/compile-rule-set.js';
import { guardRuleSources } from '../rules/guard-rule-source.js';
import type { RuleSet, RuleSource } from '../rules/rule-set.js';
import { CatalogSchema, RuleFileSchema, RulePackSchema, type Catalog, type RulePack } from '../rules/schema.js';
import {
  lintFileText,
  lintUnreachableChannels,
  lintUnreachableRules,
  lintUnused,
  type ParsedFile,
} from './lint-checks.js';

/**
 * Options for {@link lintRuleSet}.
 *
 * @example
 * lintRuleSet(sources, { parameters: { retrieval_response_working_days: 7 } });
 */
export type LintRuleSetOptions = CompileRuleSetOptions;

/**
 * What {@link lintRuleSet} found: every problem, and the compiled rule set when it compiles.
 *
 * @example
 * const report: LintReport = lintRuleSet(sources);
 * const triage = report.ruleSet && createTriage({ rules: report.ruleSet });
 */
export interface LintReport {
  /** Every problem, each with `file`, `rule` (when in a rule), a JSON pointer `path` and a stable `code`. */
  readonly issues: readonly Issue[];
  /** The rule set, when the files compile (lint-only problems do not stop it from working). */
  readonly ruleSet?: RuleSet;
}

/** Rule packs name their rules `<pack id>.<name>`, so an id says where to find the rule. */
function lintRuleIds(packs: readonly ParsedFile<RulePack>[]): Issue[] {
  const issues: Issue[] = [];
  const earlier = new Set<string>();
  for (const { file, content } of packs) {
    content.rules.forEach((rule, i) => {
      // A reused id is already a duplicate_rule (or a deliberate override): one message is enough.
      if (!rule.override && !earlier.has(rule.id) && !rule.id.startsWith(`${content.id}.`)) {
        issues.push(
          issueAt(
            file,
            rule.id,
            'foreign_rule_id',
            ['rules', i, 'id'],
            ...expectedFound(`a rule id starting with the pack id "${content.id}."`, JSON.stringify(rule.id)),
          ),
        );
      }
    });
    for (const rule of content.rules) earlier.add(rule.id);
  }
  return issues;
}

/**
 * Checks rule files the way `compileRuleSet` does (structure, unknown facts, operators and ids,
 * duplicate ids, deadlines from unknown dates, cycles) and beyond: rules that can never fire,
 * channels no rule can reach, unused parameters and named conditions, blank source keys and
 * texts, rule ids outside their pack. Pure: it takes data, never paths.
 *
 * @example
 * import { lintRuleSet, formatIssues } from 'pos-dispute-triage';
 * const { issues } = lintRuleSet(sources);
 * if (issues.length > 0) console.error(formatIssues(issues));
 */
export function lintRuleSet(sources: readonly RuleSource[], options: LintRuleSetOptions = {}): LintReport {
  // Hostile content (prototype-named keys, nesting zod would overflow on) stops here, as in compileRuleSet.
  const guarded = guardRuleSources(sources, options.limits);
  if (guarded.length > 0) return { issues: guarded };
  const issues: Issue[] = [];
  const catalogs: ParsedFile<Catalog>[] = [];
  const packs: ParsedFile<RulePack>[] = [];
  for (const source of sources) {
    if (!RuleFileSchema.safeParse(source.content).success) continue;
    issues.push(...lintFileText(source.file, source.content));
    const pack = RulePackSchema.safeParse(source.content);
    if (pack.success) packs.push({ file: source.file, content: pack.data });
    const catalog = CatalogSchema.safeParse(source.content);
    if (catalog.success) catalogs.push({ file: source.file, content: catalog.data });
  }
  issues.push(...lintRuleIds(packs));

  let ruleSet: RuleSet;
  try {
    ruleSet = compileRuleSet(sources, options);
  } catch (error) {
    if (!isInvalidRulesError(error)) throw error;
    return { issues: [...error.issues, ...issues] };
  }
  const unreachable = lintUnreachableRules(ruleSet);
  issues.push(
    ...unreachable.issues,
    ...lintUnreachableChannels(ruleSet, catalogs, unreachable.dead),
    ...lintUnused(ruleSet, packs),
  );
  return { issues, ruleSet };
}
