// Each fact of the fact catalog derived from a minimal case, beside the goldens: the value a case
// gives it, and the value it has when the case says nothing. Each date fact read from its field.
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/index.js';
import { DATE_FACTS, type DateFact, LIST_FACTS, OBJECT_FACTS, SCALAR_FACTS } from '../../src/facts/fact-catalog.js';
import type { FactName } from '../../src/facts/facts.js';
import { createFactDeriver } from '../support/case-facts.js';

const ruleSet = defaultRules();
const derive = createFactDeriver(ruleSet);
// A Tuesday; 2026-11-03 is the Tuesday before, with five working days between (no holiday in November).
const BASE = { id: 'unit', scenario: 'chargeback', asOf: '2026-11-10T12:00:00+08:00' };

function factsOf(given: Record<string, unknown>) {
  const facts = derive({ ...BASE, ...given });
  if (!facts) throw new Error(`invalid case: ${JSON.stringify(given)}`);
  return facts as Readonly<Record<string, unknown>>;
}

function read(value: unknown, path: string | undefined): unknown {
  if (path === undefined) return value;
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

interface Example {
  /** What the minimal case adds to BASE. */
  given: Record<string, unknown>;
  /** For object facts: the key (or dotted path) looked at. */
  path?: string;
  expected: unknown;
  /** The value for BASE alone, which says nothing of it. */
  absent: unknown;
}

const contacts = [
  { channel: 'acquirer_customer_service', at: '2026-11-03', responded: false, outcome: 'no_reply' },
  {
    channel: 'acquirer_dispute_desk',
    at: '2026-11-05T09:00:00+08:00',
    responded: true,
    sentEvidence: ['cctv_footage'],
  },
];

const NO_COUNTS = { daysSince: null, workingDaysSince: null };

const EXAMPLES: Record<FactName, Example> = {
  scenario: { given: { scenario: 'refund_request' }, expected: 'refund_request', absent: 'chargeback' },
  cause: { given: { cause: 'duplicate_debit' }, expected: 'duplicate_debit', absent: null },
  causeFromReasonCode: {
    given: { transaction: { network: 'visa' }, dispute: { reasonCode: '12.6.1' } },
    expected: true,
    absent: false,
  },
  party: { given: { party: 'agent' }, expected: 'agent', absent: 'merchant' },
  stage: { given: { dispute: { stage: 'retrieval' } }, expected: 'retrieval', absent: null },
  network: { given: { transaction: { network: 'unionpay' } }, expected: 'unionpay', absent: null },
  reasonCode: { given: { dispute: { reasonCode: '12.6.1' } }, expected: '12.6.1', absent: null },
  reasonCodeKnown: { given: { dispute: { reasonCode: '12.6.1' } }, expected: true, absent: false },
  reasonCodeOtherNetwork: {
    given: { transaction: { network: 'mastercard' }, dispute: { reasonCode: '12.6.1' } },
    expected: true,
    absent: null,
  },
  causeFitsScenario: { given: { cause: 'paid_by_other_means' }, expected: true, absent: null },
  cardPresent: { given: { transaction: { cardPresent: false } }, expected: false, absent: null },
  entryMode: { given: { transaction: { entryMode: 'contactless' } }, expected: 'contactless', absent: null },
  verification: { given: { transaction: { verification: 'pin' } }, expected: 'pin', absent: null },
  chipCard: { given: { transaction: { chipCard: true } }, expected: true, absent: null },
  acquirerKind: { given: { acquirer: { kind: 'bank' } }, expected: 'bank', absent: null },
  amount: { given: { transaction: { amount: 120.5 } }, expected: 120.5, absent: null },
  currency: { given: { transaction: { currency: 'USD' } }, expected: 'USD', absent: 'CNY' },
  disputeAmount: { given: { transaction: { amount: 300 } }, expected: 300, absent: null },
  settlementCycle: { given: { settlement: { cycle: 'T+1' } }, expected: 'T+1', absent: null },
  settlementPayer: { given: { settlement: { payer: 'individual' } }, expected: 'individual', absent: null },
  holdNotice: { given: { settlement: { holdNotice: true } }, expected: true, absent: null },
  holdKind: { given: { settlement: { hold: { kind: 'judicial' } } }, expected: 'judicial', absent: null },
  expectedAmount: { given: { settlement: { expectedAmount: 1000 } }, expected: 1000, absent: null },
  receivedAmount: { given: { settlement: { receivedAmount: 0 } }, expected: 0, absent: null },
  shortfall: {
    given: { settlement: { expectedAmount: 1000.1, receivedAmount: 999.9 } },
    expected: 0.2,
    absent: null,
  },
  refundMethod: { given: { refund: { method: 'void' } }, expected: 'void', absent: null },
  refundStatus: { given: { refund: { status: 'pending' } }, expected: 'pending', absent: null },
  depositAmount: { given: { deposit: { amount: 299 } }, expected: 299, absent: null },
  transactionsAfterReport: {
    given: {
      terminal: { transactionsAfterReport: 1 },
      relatedTransactions: [{ relation: 'after_loss_report' }, { relation: 'after_loss_report' }],
    },
    expected: 2,
    absent: null,
  },
  feeNoticeDays: {
    given: { feeChange: { announcedAt: '2026-10-01', effectiveAt: '2026-10-31' } },
    expected: 30,
    absent: null,
  },
  agentAcquirerKnown: { given: { agent: { acquirerName: '  ' } }, expected: false, absent: null },
  relatedTransactionCount: { given: { relatedTransactions: [{ relation: 'other' }] }, expected: 1, absent: 0 },
  contactCount: { given: { contacts }, expected: 2, absent: 0 },
  mostAdvancedContact: { given: { contacts }, expected: 'acquirer_dispute_desk', absent: null },
  complaintPlatform: { given: { complaint: { platform: 'alipay' } }, expected: 'alipay', absent: null },
  complaintState: { given: { complaint: { state: 'processing' } }, expected: 'processing', absent: null },
  complaintProblemType: { given: { complaint: { problemType: 'refund' } }, expected: 'refund', absent: null },
  complaintRefundAmount: { given: { complaint: { refundRequestedAmount: 50 } }, expected: 50, absent: null },
  complaintContinuedTimes: { given: { complaint: {} }, expected: 0, absent: null },
  complaintVia12315: { given: { complaint: { via12315: true } }, expected: true, absent: null },
  complaintIndirect: { given: { complaint: { indirect: false } }, expected: false, absent: null },
  complaintPlatformAction: {
    given: { complaint: { platformAction: 'account_frozen' } },
    expected: 'account_frozen',
    absent: null,
  },
  evidenceHeld: {
    given: { evidence: ['refund_proof', 'cctv_footage', 'refund_proof'], contacts },
    expected: ['cctv_footage', 'refund_proof'],
    absent: [],
  },
  evidenceSent: { given: { contacts }, expected: ['cctv_footage'], absent: [] },
  contactedChannels: {
    given: { contacts },
    expected: ['acquirer_customer_service', 'acquirer_dispute_desk'],
    absent: [],
  },
  unansweredChannels: { given: { contacts }, expected: ['acquirer_customer_service'], absent: [] },
  contactOutcomes: { given: { contacts }, expected: ['no_reply'], absent: [] },
  relatedRelations: {
    given: {
      relatedTransactions: [{ relation: 'refund_of' }, { relation: 'duplicate_of' }, { relation: 'refund_of' }],
    },
    expected: ['duplicate_of', 'refund_of'],
    absent: [],
  },
  signals: { given: { signals: { fraudSuspected: true } }, path: 'fraudSuspected', expected: true, absent: null },
  daysSince: { given: { dispute: { noticeAt: '2026-11-03' } }, path: 'noticeAt', expected: 7, absent: null },
  workingDaysSince: { given: { dispute: { noticeAt: '2026-11-03' } }, path: 'noticeAt', expected: 5, absent: null },
  monthsSince: { given: { transaction: { at: '2026-08-09' } }, path: 'transactionAt', expected: 3, absent: null },
  hoursSince: {
    given: { complaint: { receivedAt: '2026-11-09T09:30:00+08:00' } },
    path: 'complaintReceivedAt',
    expected: 26,
    absent: null,
  },
  hoursUntil: {
    given: { complaint: { dueAt: '2026-11-11' } },
    path: 'complaintDueAt',
    expected: 35, // until the last millisecond of 11 November: 35 hours and 59 minutes
    absent: null,
  },
  contact: {
    given: { contacts },
    path: 'acquirer_dispute_desk',
    expected: {
      tried: true,
      responded: true,
      unanswered: false,
      daysSince: 5,
      workingDaysSince: 3,
      premature: false,
      outcome: null,
    },
    // Never tried: nothing known but that.
    absent: { tried: false, responded: null, unanswered: false, premature: false, outcome: null, ...NO_COUNTS },
  },
  params: {
    given: {},
    path: 'retrieval_response_working_days',
    expected: ruleSet.parameterValues.retrieval_response_working_days,
    absent: ruleSet.parameterValues.retrieval_response_working_days,
  },
};

/** Where each date fact is written in a case: its minimal case sets that date to 2026-11-03. */
const DATE_FIELDS: Record<DateFact, Record<string, unknown>> = {
  transactionAt: { transaction: { at: '2026-11-03' } },
  noticeAt: { dispute: { noticeAt: '2026-11-03' } },
  respondBy: { dispute: { respondBy: '2026-11-03' } },
  settlementExpectedAt: { settlement: { expectedAt: '2026-11-03' } },
  lostAt: { terminal: { lostAt: '2026-11-03' } },
  reportedLostAt: { terminal: { reportedLostAt: '2026-11-03' } },
  refundRequestedAt: { refund: { requestedAt: '2026-11-03' } },
  refundAppliedAt: { refund: { appliedAt: '2026-11-03' } },
  depositPaidAt: { deposit: { paidAt: '2026-11-03' } },
  depositRefundDueAt: { deposit: { refundDueAt: '2026-11-03' } },
  demandSentAt: { deposit: { demandSentAt: '2026-11-03' } },
  holdNoticeAt: { settlement: { hold: { kind: 'judicial', noticeAt: '2026-11-03' } } },
  holdReleaseAt: { settlement: { hold: { kind: 'judicial', releaseAt: '2026-11-03' } } },
  limitationKnownAt: { limitation: { knownAt: '2026-11-03' } },
  limitationInterruptedAt: { limitation: { interruptedAt: '2026-11-03' } },
  feeAnnouncedAt: { feeChange: { announcedAt: '2026-11-03' } },
  feeEffectiveAt: { feeChange: { effectiveAt: '2026-11-03' } },
  complaintReceivedAt: { complaint: { receivedAt: '2026-11-03' } },
  complaintRepliedAt: { complaint: { repliedAt: '2026-11-03' } },
  complaintDueAt: { complaint: { dueAt: '2026-11-03' } },
  firstContactAt: {
    contacts: [
      { channel: 'court', at: '2026-11-03', responded: false },
      { channel: 'court', at: '2026-11-09', responded: false },
    ],
  },
  lastContactAt: {
    contacts: [
      { channel: 'court', at: '2026-10-01', responded: false },
      { channel: 'court', at: '2026-11-03', responded: false },
    ],
  },
};

describe('deriveFacts', () => {
  it('has an example for every fact of the catalog, and the catalog names every fact', () => {
    const catalog = [...SCALAR_FACTS, ...LIST_FACTS, ...OBJECT_FACTS].sort();
    expect(Object.keys(EXAMPLES).sort()).toEqual(catalog);
    expect(Object.keys(factsOf({})).sort()).toEqual(catalog);
  });

  it.each(Object.entries(EXAMPLES))('derives %s from a minimal case', (name, example) => {
    expect(read(factsOf(example.given)[name], example.path)).toEqual(example.expected);
    expect(read(factsOf({})[name], example.path)).toEqual(example.absent);
  });

  it.each(DATE_FACTS)('reads the date fact %s from its own field and counts every clock from it', (name) => {
    const facts = factsOf(DATE_FIELDS[name]);
    const clocks = ['daysSince', 'workingDaysSince', 'monthsSince', 'hoursSince', 'hoursUntil'] as const;
    const [days, working, months, since, until] = clocks.map((clock) => read(facts[clock], name));
    const contact = name === 'firstContactAt' || name === 'lastContactAt';
    // A plain date counts from the start of its day and until its end (its last millisecond, so
    // 156 hours and a little: -157 whole hours); a contact date is the instant of midnight.
    expect({ days, working, months, since, until }).toEqual({
      days: 7,
      working: 5,
      months: 0,
      since: 7 * 24 + 12,
      until: contact ? -(7 * 24 + 12) : -157,
    });
    for (const other of DATE_FACTS) {
      if (other !== name && !(contact && (other === 'firstContactAt' || other === 'lastContactAt')))
        expect(read(facts.daysSince, other), other).toBeNull();
    }
  });

  it('lists the date facts in one order for every case, set or not', () => {
    expect(Object.keys(factsOf({}).daysSince as object)).toEqual([...DATE_FACTS]);
    expect(Object.keys(factsOf(DATE_FIELDS.noticeAt).hoursUntil as object)).toEqual([...DATE_FACTS]);
  });

  it('counts the expected settlement day from the transaction by the cycle when the case states none', () => {
    const facts = factsOf({ transaction: { at: '2026-11-06' }, settlement: { cycle: 'T+1' } });
    // Friday 6 November, T+1: Monday 9 November, one day before asOf; no hour clock for a derived day.
    expect(read(facts.daysSince, 'settlementExpectedAt')).toBe(1);
    expect(read(facts.hoursSince, 'settlementExpectedAt')).toBeNull();
  });

  it('fills consumerPurchase and the scenario’s consumer signal in from each other', () => {
    expect(read(factsOf({ signals: { consumerPurchase: true } }).signals, 'customerIsConsumer')).toBe(true);
    expect(read(factsOf({ signals: { customerIsConsumer: false } }).signals, 'consumerPurchase')).toBe(false);
    const deposit = factsOf({ scenario: 'deposit_not_returned', signals: { consumerPurchase: true } });
    expect(read(deposit.signals, 'merchantIsConsumer')).toBe(true);
    expect(read(deposit.signals, 'customerIsConsumer')).toBeNull();
  });
});
