// The date facts as one keyed table: each entry says where in a case its date is read. Every
// per-date fact (daysSince, workingDaysSince, monthsSince, hoursSince, hoursUntil) is counted
// from this table, and DATE_FACTS, the list of names, is its keys; nothing depends on an order.
import type { Case } from '../case/schema.js';

/** Where a date fact comes from: a case field, or the earliest or latest of the case's contacts. */
export type DateSource = { read: (c: Case) => string | undefined } | { contacts: 'earliest' | 'latest' };

/** Every date fact by name, with where it is read. */
export const DATE_FACT_TABLE = {
  transactionAt: { read: (c) => c.transaction?.at },
  noticeAt: { read: (c) => c.dispute?.noticeAt },
  respondBy: { read: (c) => c.dispute?.respondBy },
  settlementExpectedAt: { read: (c) => c.settlement?.expectedAt },
  lostAt: { read: (c) => c.terminal?.lostAt },
  reportedLostAt: { read: (c) => c.terminal?.reportedLostAt },
  refundRequestedAt: { read: (c) => c.refund?.requestedAt },
  refundAppliedAt: { read: (c) => c.refund?.appliedAt },
  depositPaidAt: { read: (c) => c.deposit?.paidAt },
  depositRefundDueAt: { read: (c) => c.deposit?.refundDueAt },
  demandSentAt: { read: (c) => c.deposit?.demandSentAt },
  holdNoticeAt: { read: (c) => c.settlement?.hold?.noticeAt },
  holdReleaseAt: { read: (c) => c.settlement?.hold?.releaseAt },
  limitationKnownAt: { read: (c) => c.limitation?.knownAt },
  limitationInterruptedAt: { read: (c) => c.limitation?.interruptedAt },
  feeAnnouncedAt: { read: (c) => c.feeChange?.announcedAt },
  feeEffectiveAt: { read: (c) => c.feeChange?.effectiveAt },
  complaintReceivedAt: { read: (c) => c.complaint?.receivedAt },
  complaintRepliedAt: { read: (c) => c.complaint?.repliedAt },
  complaintDueAt: { read: (c) => c.complaint?.dueAt },
  firstContactAt: { contacts: 'earliest' },
  lastContactAt: { contacts: 'latest' },
} as const satisfies Record<string, DateSource>;

/** One date fact's name. */
export type DateFact = keyof typeof DATE_FACT_TABLE;

/** The table's keys, typed: `Object.keys` widens them to string. */
function namesOf<T extends object>(table: T): ReadonlyArray<keyof T & string> {
  return Object.keys(table) as Array<keyof T & string>;
}

/** Date facts: days since each is computed, and deadlines count from them. In table order. */
export const DATE_FACTS: readonly DateFact[] = namesOf(DATE_FACT_TABLE);

// Built by Object.fromEntries, a template stays a fast-mode object that a spread copies in one
// step; a record filled key by key in a loop turns into a slow dictionary (ten times the cost).
function templateOf<V>(value: V): Readonly<Record<DateFact, V>> {
  return Object.fromEntries(DATE_FACTS.map((name) => [name, value])) as Record<DateFact, V>;
}
const NULLS = templateOf(null);
const UNSET = templateOf(undefined);

/**
 * A record with every date fact as a key, in table order, each null: one shape (one hidden class)
 * for every case, filled in for the dates the case has.
 *
 * @example
 * const daysSince = nullDateRecord<number>();
 */
export function nullDateRecord<T>(): Record<DateFact, T | null> {
  return { ...NULLS };
}

/**
 * A record with every date fact as a key, in table order, each undefined (no such date yet).
 *
 * @example
 * const instants = unsetDateRecord<number>();
 */
export function unsetDateRecord<T>(): Partial<Record<DateFact, T>> {
  return { ...UNSET };
}
