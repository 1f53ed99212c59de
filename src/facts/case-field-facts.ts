// The facts read straight from the case's fields: a value, or null when the case does not say.
import type { Case } from '../case/schema.js';

/**
 * The payment's facts: what the case is, the transaction and the dispute.
 *
 * @example
 * derivePaymentFacts(kase).network; // 'visa' or null
 */
export function derivePaymentFacts(c: Case) {
  return {
    scenario: c.scenario,
    party: c.party ?? 'merchant',
    stage: c.dispute?.stage ?? null,
    network: c.transaction?.network ?? null,
    reasonCode: c.dispute?.reasonCode ?? null,
    cardPresent: c.transaction?.cardPresent ?? null,
    entryMode: c.transaction?.entryMode ?? null,
    verification: c.transaction?.verification ?? null,
    acquirerKind: c.acquirer?.kind ?? null,
    amount: c.transaction?.amount ?? null,
    currency: c.transaction?.currency ?? 'CNY',
    disputeAmount: c.dispute?.amount ?? c.transaction?.amount ?? null,
    chipCard: c.transaction?.chipCard ?? null,
  };
}

/**
 * The money's facts: the settlement and its hold, the refund and the deposit.
 *
 * @example
 * deriveMoneyFacts(kase).shortfall; // expectedAmount − receivedAmount, or null
 */
export function deriveMoneyFacts(c: Case) {
  const expected = c.settlement?.expectedAmount;
  const received = c.settlement?.receivedAmount;
  return {
    settlementCycle: c.settlement?.cycle ?? null,
    settlementPayer: c.settlement?.payer ?? null,
    holdNotice: c.settlement?.holdNotice ?? null,
    holdKind: c.settlement?.hold?.kind ?? null,
    expectedAmount: expected ?? null,
    receivedAmount: received ?? null,
    shortfall: expected !== undefined && received !== undefined ? Math.round((expected - received) * 100) / 100 : null,
    refundMethod: c.refund?.method ?? null,
    refundStatus: c.refund?.status ?? null,
    depositAmount: c.deposit?.amount ?? null,
  };
}

/** The sorted, distinct ids of `ids`; the same empty list for none. */
function sortedIds(ids: readonly string[]): string[] {
  return ids.length === 0 ? [] : [...new Set(ids)].sort();
}

/**
 * The record's facts: evidence held and sent, related transactions, sales after a loss report,
 * how many contacts the case lists and whether the agent's institution is known.
 *
 * @example
 * deriveRecordFacts(kase).evidenceHeld; // ['refund_proof', ...]
 */
export function deriveRecordFacts(c: Case) {
  const related = c.relatedTransactions ?? [];
  const afterReport = related.filter((t) => t.relation === 'after_loss_report').length;
  const reportedAfter = c.terminal?.transactionsAfterReport;
  const sent = (c.contacts ?? []).flatMap((entry) => entry.sentEvidence ?? []);
  return {
    transactionsAfterReport:
      reportedAfter === undefined && afterReport === 0 ? null : Math.max(reportedAfter ?? 0, afterReport),
    contactCount: c.contacts?.length ?? 0,
    evidenceHeld: sortedIds([...(c.evidence ?? []), ...sent]),
    evidenceSent: sortedIds(sent),
    relatedRelations: [...new Set(related.map((t) => t.relation))].sort(),
    relatedTransactionCount: related.length,
    agentAcquirerKnown:
      c.agent === undefined ? null : c.agent.acquirerName !== undefined && c.agent.acquirerName.trim() !== '',
  };
}
