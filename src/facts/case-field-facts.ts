// The facts that take more than reading one case field: a shortfall, counts and sorted id lists.
import type { Case } from '../case/schema.js';

/**
 * expectedAmount minus receivedAmount, rounded to cents; null when either is missing.
 *
 * @example
 * shortfallOf(kase); // 0.2
 */
export function shortfallOf(c: Case): number | null {
  const expected = c.settlement?.expectedAmount;
  const received = c.settlement?.receivedAmount;
  return expected !== undefined && received !== undefined ? Math.round((expected - received) * 100) / 100 : null;
}

/**
 * Sales after the loss report: the larger of the terminal's count and the related sales listed.
 *
 * @example
 * transactionsAfterReportOf(kase); // 2, or null when the case says nothing
 */
export function transactionsAfterReportOf(c: Case): number | null {
  const afterReport = (c.relatedTransactions ?? []).filter((t) => t.relation === 'after_loss_report').length;
  const reportedAfter = c.terminal?.transactionsAfterReport;
  return reportedAfter === undefined && afterReport === 0 ? null : Math.max(reportedAfter ?? 0, afterReport);
}

/** The sorted, distinct ids of `ids`; the same empty list for none. */
function sortedIds<T extends string>(ids: readonly T[]): T[] {
  return ids.length === 0 ? [] : [...new Set(ids)].sort();
}

/**
 * The evidence held (the case's own and any sent with a contact) and sent, sorted, distinct.
 *
 * @example
 * evidenceOf(kase).held; // ['cctv_footage', 'refund_proof']
 */
export function evidenceOf(c: Case): { held: string[]; sent: string[] } {
  const sent = (c.contacts ?? []).flatMap((entry) => entry.sentEvidence ?? []);
  return { held: sortedIds([...(c.evidence ?? []), ...sent]), sent: sortedIds(sent) };
}

/**
 * How the related transactions relate to the case, sorted, distinct.
 *
 * @example
 * relatedRelationsOf(kase); // ['duplicate_of', 'refund_of']
 */
export function relatedRelationsOf(c: Case) {
  return [...new Set((c.relatedTransactions ?? []).map((t) => t.relation))].sort();
}

/**
 * Whether the agent's licensed institution is named; null when the case has no agent.
 *
 * @example
 * agentAcquirerKnownOf({ ...kase, agent: { acquirerName: '' } }); // false
 */
export function agentAcquirerKnownOf(c: Case): boolean | null {
  return c.agent === undefined ? null : c.agent.acquirerName !== undefined && c.agent.acquirerName.trim() !== '';
}
