import type { Case } from '../case/schema.js';

/** The scalar facts read from the case's `complaint` object (null when the case does not say). */
export const COMPLAINT_FACTS = [
  'complaintPlatform',
  'complaintState',
  'complaintProblemType',
  'complaintRefundAmount',
  'complaintContinuedTimes',
  'complaintVia12315',
  'complaintIndirect',
  'complaintPlatformAction',
] as const;

type ComplaintFact = (typeof COMPLAINT_FACTS)[number];

/**
 * The complaint's own fields as facts; its three dates are date facts, counted in derive-facts.
 *
 * @example
 * deriveComplaintFacts(kase).complaintState; // 'pending' or null
 */
export function deriveComplaintFacts(c: Case) {
  const complaint = c.complaint;
  return {
    complaintPlatform: complaint?.platform ?? null,
    complaintState: complaint?.state ?? null,
    complaintProblemType: complaint?.problemType ?? null,
    complaintRefundAmount: complaint?.refundRequestedAmount ?? null,
    complaintContinuedTimes: complaint === undefined ? null : (complaint.continuedTimes ?? 0),
    complaintVia12315: complaint?.via12315 ?? null,
    complaintIndirect: complaint?.indirect ?? null,
    complaintPlatformAction: complaint?.platformAction ?? null,
  } satisfies Record<ComplaintFact, unknown>;
}
