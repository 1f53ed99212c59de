import { checkTriageOptions } from './check-triage-options.js';
import { DEFAULT_RULE_SET, DEFAULT_RULE_SOURCES } from './generated/default-rules.js';
import { rememberRuleSetOrigin } from './rules/rule-set-origin.js';
import { resolveRuleSet } from './rules/resolve-rule-set.js';
import type { RuleSet } from './rules/rule-set.js';
import { createTriageFor, type CreateTriageOptions, type Triage } from './triage-core.js';

export type { CreateTriageOptions, SafeTriageResult, Triage } from './triage-core.js';

/**
 * The bundled rule set, compiled at build time (`scripts/bundle-rules.mjs`): no validation or
 * hashing at run time.
 *
 * @example
 * const { version, hash } = defaultRules(); // what every result's `ruleset` records
 */
export function defaultRules(): RuleSet {
  return DEFAULT_RULE_SET;
}

// The precompiled set came from the bundled files: `parameters` recompile it from them.
rememberRuleSetOrigin(DEFAULT_RULE_SET, { sources: DEFAULT_RULE_SOURCES, parameters: {} });

/**
 * Builds a triage object over a rule set.
 *
 * @example
 * import { createTriage } from 'pos-dispute-triage';
 * const triage = createTriage();
 * const result = await triage.triage({
 *   id: 'case-1',
 *   scenario: 'chargeback',
 *   asOf: '2026-11-05T10:00:00+08:00',
 *   dispute: { stage: 'retrieval', noticeAt: '2026-11-03' },
 * });
 * console.log(result.escalation.channel, result.deadlines[0]?.dueAt);
 */
export function createTriage(options: CreateTriageOptions = {}): Triage {
  checkTriageOptions(options);
  const ruleSet = resolveRuleSet(options.rules, options.parameters, {
    ruleSet: DEFAULT_RULE_SET,
    sources: DEFAULT_RULE_SOURCES,
  });
  return createTriageFor(ruleSet, options);
}
