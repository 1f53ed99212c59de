import { TriageError } from '../errors/triage-error.js';
import type { RuleSet } from '../rules/rule-set.js';
import { hydrateRules, type HydrateRulesOptions } from './hydrate-rules.js';

/**
 * Options for {@link loadRules}.
 *
 * @example
 * const ruleSet = await loadRules('/rules.json', { fetch: (url) => fetch(url, { credentials: 'omit' }) });
 */
export interface LoadRulesOptions extends HydrateRulesOptions {
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: (url: string) => Promise<Response>;
}

/**
 * Fetches a rules JSON document (serve the package's `pos-dispute-triage/rules.json` for the bundled
 * rules) and turns it into the compiled rule set, as {@link hydrateRules} does: the bundled one has
 * the `version` and `hash` of `defaultRules()` in the root entry. Serve the file of the same release
 * as the code (or pass `verify: true`). A failed request throws a `TriageError` with
 * `code: 'rules_unavailable'`.
 *
 * @example
 * import { createTriage, loadRules } from 'pos-dispute-triage/browser';
 * const triage = createTriage({ rules: await loadRules('/assets/rules.json') });
 */
export async function loadRules(url: string | URL, options: LoadRulesOptions = {}): Promise<RuleSet> {
  const request = options.fetch ?? globalThis.fetch;
  const response = await request(String(url));
  if (!response.ok)
    throw new TriageError('rules_unavailable', `Fetching the rules from ${String(url)} answered ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new TriageError('rules_unavailable', `The rules at ${String(url)} are not JSON: ${reason}`);
  }
  return hydrateRules(json, options);
}
