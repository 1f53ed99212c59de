import { loadRuleFiles } from '../node.js';
import { compileRuleSet } from '../rules/compile-rule-set.js';
import type { RuleSet } from '../rules/rule-set.js';
import { withDefaultRules } from '../rules/with-default-rules.js';
import { withParameters } from '../rules/with-parameters.js';
import { defaultRules } from '../triage.js';
import { parseParamOptions } from './param-option.js';
import { UsageError } from './io.js';
import { requirePathKind } from './path-kind.js';

/** parseArgs options shared by every command that runs rules. */
export const RULE_OPTIONS = {
  rules: { type: 'string', multiple: true },
  'no-default-rules': { type: 'boolean' },
  param: { type: 'string', multiple: true },
} as const;

export const RULE_OPTIONS_HELP = [
  '  --rules <dir>        add the rule files of <dir> after the bundled rules; repeatable, in order',
  '                       (partner packs: new rules, "override": true, "disable": [ids], catalog entries)',
  '  --no-default-rules   leave the bundled rules out: the --rules directories are the whole rule set',
  '  --param <name=value> override a parameter the packs declare (a day count, a threshold);',
  '                       repeatable; an unknown name or an out-of-range value is an error (exit 1)',
].join('\n');

export interface RuleOptionValues {
  rules?: string[];
  'no-default-rules'?: boolean;
  param?: string[];
}

/** The rule set the options ask for; undefined means the bundled rules as they are. */
export async function loadRulesOption(values: RuleOptionValues): Promise<RuleSet | undefined> {
  const dirs = values.rules ?? [];
  if (values['no-default-rules'] && dirs.length === 0)
    throw new UsageError('--no-default-rules needs at least one --rules <dir>');
  const parameters = parseParamOptions(values.param ?? []);
  if (dirs.length === 0)
    return Object.keys(parameters).length === 0 ? undefined : withParameters(defaultRules(), parameters);
  for (const dir of dirs) await requirePathKind(dir, 'directory', '--rules');
  const files = await loadRuleFiles(dirs);
  return compileRuleSet(values['no-default-rules'] ? files : withDefaultRules(files), { parameters });
}
