import type { Warning } from '../result/schema.js';
import type { CompiledRule } from '../rules/rule-set.js';
import { pickText, type Locale } from '../text.js';

/**
 * The fired rules' own warnings, one per code in the order first seen, each naming every rule
 * that gave it.
 *
 * @example
 * assembleRuleWarnings(fired, 'en'); // [{ code: 'retrieval_overdue', message: '…', rules: ['r1', 'r7'] }]
 */
export function assembleRuleWarnings(fired: readonly CompiledRule[], locale: Locale): Warning[] {
  const warnings: Warning[] = [];
  const byCode = new Map<string, Warning>();
  for (const rule of fired) {
    for (const w of rule.outcome.warnings ?? []) {
      const seen = byCode.get(w.code);
      if (seen) seen.rules.push(rule.id);
      else {
        const warning = { code: w.code, message: pickText(w.message, locale), rules: [rule.id] };
        byCode.set(w.code, warning);
        warnings.push(warning);
      }
    }
  }
  return warnings;
}
