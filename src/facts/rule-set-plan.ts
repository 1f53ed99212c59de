import type { RuleSet } from '../rules/rule-set.js';

/** What every case of a rule set reads the same way, prepared once per rule set. */
export interface RuleSetPlan {
  channels: Array<[string, { rank: number }]>;
  /** Crosswalk entries by lower-case code, in catalog order. */
  crosswalk: Map<string, RuleSet['catalog']['crosswalk'][number][]>;
}

const plans = new WeakMap<RuleSet, RuleSetPlan>();

/**
 * The rule set's channels as entries and its crosswalk by lower-case code, built on first use.
 *
 * @example
 * const entries = planOf(ruleSet).crosswalk.get('4853') ?? [];
 */
export function planOf(ruleSet: RuleSet): RuleSetPlan {
  let plan = plans.get(ruleSet);
  if (!plan) {
    const crosswalk: RuleSetPlan['crosswalk'] = new Map();
    for (const entry of ruleSet.catalog.crosswalk) {
      const key = entry.code.toLowerCase();
      const list = crosswalk.get(key);
      if (list) list.push(entry);
      else crosswalk.set(key, [entry]);
    }
    plan = { channels: Object.entries(ruleSet.catalog.channels), crosswalk };
    plans.set(ruleSet, plan);
  }
  return plan;
}
