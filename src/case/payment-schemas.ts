// The case's payment-side objects: the transaction, the acquirer, the dispute and the settlement.
import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import {
  ACQUIRER_KINDS,
  ENTRY_MODES,
  HOLD_KINDS,
  NETWORKS,
  SETTLEMENT_CYCLES,
  SETTLEMENT_PAYERS,
  VERIFICATIONS,
} from './case-enums.js';
import { enumOf, type FieldSchemas } from './field-schemas.js';
import type { CaseLimits } from './limits.js';

/**
 * The case's `transaction` object: the payment the dispute is about.
 *
 * @example
 * createTransactionSchema(createFieldSchemas(DEFAULT_CASE_LIMITS)).parse({ network: 'visa' });
 */
export function createTransactionSchema({ text, timestamp, amount }: FieldSchemas) {
  return z.strictObject({
    amount: amount.optional().describe('The amount of the disputed transaction, in yuan (major units).'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as CNY')
      .optional()
      .describe('ISO 4217 code of the amount; default CNY.'),
    at: timestamp.optional().describe('When the transaction took place.'),
    network: z.enum(NETWORKS).optional().describe('The card network or wallet that carried the payment.'),
    cardPresent: z.boolean().optional().describe('Whether the card (or phone) was at the terminal.'),
    entryMode: z.enum(ENTRY_MODES).optional().describe('How the card or wallet was read.'),
    verification: z.enum(VERIFICATIONS).optional().describe('How the cardholder was verified.'),
    reference: text.optional().describe('The reference number on the slip or in the statement (参考号).'),
    chipCard: z
      .boolean()
      .optional()
      .describe('Whether the card carried a chip (a chip card swiped on the magnetic stripe is a fallback sale).'),
  });
}

/**
 * The case's `acquirer` object.
 *
 * @example
 * createAcquirerSchema(fields).parse({ kind: 'bank' });
 */
export function createAcquirerSchema({ text }: FieldSchemas) {
  return z.strictObject({
    name: text.optional().describe('The name of the acquirer or payment company.'),
    kind: z
      .enum(ACQUIRER_KINDS)
      .optional()
      .describe('Whether the acquirer is a bank, a licensed payment institution, unlicensed, or unknown.'),
  });
}

/**
 * The case's `dispute` object: the chargeback or retrieval request.
 *
 * @example
 * createDisputeSchema(fields, vocabulary.stages, DEFAULT_CASE_LIMITS).parse({ stage: 'retrieval' });
 */
export function createDisputeSchema(
  { timestamp, amount }: FieldSchemas,
  stages: readonly string[],
  limits: CaseLimits,
) {
  return z.strictObject({
    stage: enumOf(stages, 'dispute stage', 'stages')
      .optional()
      .describe('How far the chargeback has gone (retrieval request, first chargeback, …).'),
    reasonCode: z
      .string()
      .max(limits.maxReasonCodeLength)
      .optional()
      .describe("The network's reason code on the notice; it may determine the cause."),
    noticeAt: timestamp
      .optional()
      .describe('When the merchant received the retrieval or chargeback notice; deadlines count from it.'),
    respondBy: timestamp.optional().describe('The deadline the acquirer stated on the notice, if any.'),
    amount: amount
      .optional()
      .describe('The amount disputed, in yuan, when it differs from transaction.amount (a partial dispute).'),
  });
}

function createHoldSchema({ timestamp }: FieldSchemas) {
  return z.strictObject({
    kind: z
      .enum(HOLD_KINDS)
      .describe(
        'Who froze the money: the institution (risk_control), a court (judicial) or the police (police_anti_fraud).',
      ),
    noticeAt: timestamp.optional().describe('When the merchant was told of the freeze.'),
    releaseAt: timestamp.optional().describe('The release date the holder stated.'),
  });
}

/**
 * The case's `settlement` object: the settlement that did not arrive, and any freeze on it.
 *
 * @example
 * createSettlementSchema(fields).parse({ cycle: 'T+1', hold: { kind: 'judicial' } });
 */
export function createSettlementSchema(fields: FieldSchemas) {
  const { timestamp, amount } = fields;
  return z.strictObject({
    cycle: z
      .enum(SETTLEMENT_CYCLES)
      .optional()
      .describe('The settlement cycle in the contract (T = working days, D = calendar days).'),
    expectedAt: timestamp.optional().describe('When the funds should have arrived.'),
    expectedAmount: amount.optional().describe('The amount that should have been settled, in yuan.'),
    receivedAmount: amount.optional().describe('The amount actually received, in yuan.'),
    holdNotice: z
      .boolean()
      .optional()
      .describe('Whether the merchant got a notice that the funds are held (e.g. a risk-control hold).'),
    payer: z
      .enum(SETTLEMENT_PAYERS)
      .optional()
      .describe(
        'Who pays the settlements into the account: a licensed institution, an individual, an unknown company.',
      ),
    hold: createHoldSchema(fields)
      .optional()
      .describe(
        'The freeze on the settlement: who holds it, when it was notified and the release date the holder stated.',
      ),
  });
}
