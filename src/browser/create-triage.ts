import { checkTriageOptions } from '../check-triage-options.js';
import { resolveRuleSet } from '../rules/resolve-rule-set.js';
import type { RuleSet, RuleSource } from '../rules/rule-set.js';
import { createTriageFor, type CreateTriageOptions, type Triage } from '../triage-core.js';

/**
 * Options for `createTriage` of `pos-dispute-triage/browser`: those of the root entry, with `rules`
 * required (this entry bundles none; `loadRules` fetches the bundled ones).
 *
 * @example
 * const options: CreateBrowserTriageOptions = { rules: await loadRules('/rules.json'), locale: 'en' };
 */
export interface CreateBrowserTriageOptions extends CreateTriageOptions {
  /** A compiled rule set (e.g. from `loadRules`), or rule files to compile. */
  rules: RuleSet | readonly RuleSource[];
}

/**
 * Builds a triage object over the rules given, as `createTriage` of the root entry does.
 *
 * @example
 * import { createTriage, loadRules } from 'pos-dispute-triage/browser';
 * const triage = createTriage({ rules: await loadRules('/rules.json') });
 * const result = await triage.triage(kase);
 */
export function createTriage(options: CreateBrowserTriageOptions): Triage {
  checkTriageOptions(options);
  return createTriageFor(resolveRuleSet(options.rules, options.parameters), options);
}
