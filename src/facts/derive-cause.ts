import { NETWORKS } from '../case/case-enums.js';
import type { Case } from '../case/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { planOf } from './rule-set-plan.js';

/** The cause facts, and the causes the reason code could stand for (for the result's notes). */
export type CauseFacts = {
  cause: string | null;
  causeFromReasonCode: boolean;
  reasonCodeKnown: boolean;
  reasonCodeOtherNetwork: boolean | null;
  causeFitsScenario: boolean | null;
};

const networks: ReadonlySet<string> = new Set(NETWORKS);

/** The causes the reason code maps to that fit the scenario (the transaction's network first). */
function reasonCodeCauses(c: Case, ruleSet: RuleSet): { candidates: string[]; otherNetwork: boolean | null } {
  const code = c.dispute?.reasonCode?.trim();
  const candidates: string[] = [];
  if (!code) return { candidates, otherNetwork: null };
  let otherNetwork: boolean | null = null;
  const network = c.transaction?.network;
  const matches = planOf(ruleSet).crosswalk.get(code.toLowerCase()) ?? [];
  const preferred = network ? matches.filter((entry) => entry.network === network) : [];
  // The code is known, but only for other card networks than the transaction's: an impossible
  // pair. A processor's own codes (Stripe's enum) belong to no network and say nothing here.
  const networkCodes = matches.filter((entry) => networks.has(entry.network));
  if (network && network !== 'other' && networkCodes.length > 0) otherNetwork = preferred.length === 0;
  for (const entry of preferred.length > 0 ? preferred : matches) {
    const fits = ruleSet.catalog.causes[entry.cause]?.scenarios.includes(c.scenario) ?? false;
    if (fits && !candidates.includes(entry.cause)) candidates.push(entry.cause);
  }
  return { candidates, otherNetwork };
}

/**
 * The cause: the case's own, else the first crosswalk entry for the reason code (network first).
 *
 * @example
 * const { facts, candidates } = deriveCause(kase, ruleSet); // facts.cause: 'fraud_card_absent'
 */
export function deriveCause(c: Case, ruleSet: RuleSet): { facts: CauseFacts; candidates: string[] } {
  const { candidates, otherNetwork } = reasonCodeCauses(c, ruleSet);
  const own = c.cause;
  const facts: CauseFacts = {
    cause: own ?? candidates[0] ?? null,
    causeFromReasonCode: own === undefined && candidates.length > 0,
    reasonCodeKnown: candidates.length > 0,
    reasonCodeOtherNetwork: otherNetwork,
    causeFitsScenario:
      own === undefined ? null : (ruleSet.catalog.causes[own]?.scenarios.includes(c.scenario) ?? false),
  };
  return { facts, candidates };
}
