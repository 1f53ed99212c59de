import { SIGNALS, type Signal } from '../case/case-enums.js';
import type { Case } from '../case/schema.js';
import type { RuleSet } from '../rules/rule-set.js';

/** Each signal as a fact: true, false, or null when the case does not say. */
export type SignalFacts = Record<Signal, boolean | null>;

/**
 * Signals as facts: `null` when the case does not say (unknown), never `false`. `consumerPurchase`,
 * the older spelling, stands for whichever consumer signal the scenario's catalog entry names, and
 * the two spellings fill each other in.
 *
 * @example
 * deriveSignals(kase, ruleSet).fraudSuspected; // true, false or null
 */
export function deriveSignals(c: Case, ruleSet: RuleSet): SignalFacts {
  const signals: Partial<SignalFacts> = {};
  for (const name of SIGNALS) signals[name] = c.signals?.[name] ?? null;
  const filled = signals as SignalFacts;
  const fitting = ruleSet.catalog.scenarios[c.scenario]?.consumerSignal;
  if (fitting !== undefined) {
    filled[fitting] ??= filled.consumerPurchase;
    filled.consumerPurchase = filled[fitting];
  }
  return filled;
}
