import { compileRuleSet, isInvalidRulesError, type Issue, type RuleSource } from '../../src/index.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';

/** A bundled rule file by name, e.g. `bundledSource('catalog/core.json')`. */
export function bundledSource(file: string): RuleSource {
  const source = DEFAULT_RULE_SOURCES.find((s) => s.file === file);
  if (!source) throw new Error(`no bundled rule file ${file}`);
  return source;
}

/** A partner pack file `partner.json` (id `partner`) holding the given rules. */
export function partnerPack(rules: unknown[], extra: Record<string, unknown> = {}): RuleSource {
  return {
    file: 'partner.json',
    content: {
      kind: 'rules',
      id: 'partner',
      version: '1.0.0',
      title: { 'zh-CN': '伙伴', en: 'Partner' },
      rules,
      ...extra,
    },
  };
}

/** The issues compileRuleSet rejects the sources with; throws when it accepts them. */
export function rejectionIssues(sources: RuleSource[]): readonly Issue[] {
  try {
    compileRuleSet(sources);
  } catch (error) {
    if (isInvalidRulesError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected the rule set to be rejected');
}
