// The case's objects about what happened around the payment: the terminal, the refund, the
// deposit, the contacts already made, related transactions, the limitation period, a fee change
// and the agent.
import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { CONTACT_OUTCOMES, REFUND_METHODS, REFUND_STATUSES, RELATIONS } from './case-enums.js';
import { enumOf, type FieldSchemas } from './field-schemas.js';
import type { CaseLimits } from './limits.js';

/**
 * The case's `terminal` object, for lost-terminal cases.
 *
 * @example
 * createTerminalSchema(fields).parse({ lostAt: '2026-11-03' });
 */
export function createTerminalSchema({ text, timestamp }: FieldSchemas) {
  return z.strictObject({
    serial: text.optional().describe("The terminal's serial number."),
    lostAt: timestamp.optional().describe('When the terminal was lost or stolen.'),
    reportedLostAt: timestamp.optional().describe('When the loss was reported to the acquirer.'),
    transactionsAfterReport: z
      .number()
      .int()
      .min(0)
      .max(1e9)
      .optional()
      .describe('How many transactions went through after the loss was reported.'),
  });
}

/**
 * The case's `refund` object and its `deposit` object.
 *
 * @example
 * createRefundSchemas(fields).refund.parse({ method: 'void' });
 */
export function createRefundSchemas({ timestamp, amount }: FieldSchemas) {
  const refund = z.strictObject({
    requestedAt: timestamp.optional().describe('When the customer asked for the refund.'),
    appliedAt: timestamp
      .optional()
      .describe('When the merchant submitted the refund at the terminal or to the acquirer.'),
    method: z
      .enum(REFUND_METHODS)
      .optional()
      .describe('How the refund was made: a same-day void, a refund at the terminal, or a manual refund.'),
    status: z.enum(REFUND_STATUSES).optional().describe('Where the refund stands.'),
  });
  const deposit = z.strictObject({
    amount: amount.optional().describe('The deposit paid for the terminal, in yuan.'),
    paidAt: timestamp.optional().describe('When the deposit was paid.'),
    refundDueAt: timestamp.optional().describe('When the deposit should have been returned (by contract or promise).'),
    demandSentAt: timestamp.optional().describe('When the merchant sent a written demand for it.'),
  });
  return { refund, deposit };
}

/**
 * The case's `contacts` list: one entry per attempt to get help through a channel.
 *
 * @example
 * createContactsSchema(fields, vocabulary.channels, evidenceId, DEFAULT_CASE_LIMITS).parse([]);
 */
export function createContactsSchema(
  { text, timestamp }: FieldSchemas,
  channels: readonly string[],
  evidenceId: z.ZodString,
  limits: CaseLimits,
) {
  const contact = z.strictObject({
    channel: enumOf(channels, 'channel', 'channels').describe('The channel that was tried.'),
    at: timestamp.describe('When it was tried.'),
    responded: z.boolean().describe('Whether that channel answered.'),
    reference: text.optional().describe('A ticket or complaint number it gave.'),
    outcome: z
      .enum(CONTACT_OUTCOMES)
      .optional()
      .describe('What the contact led to; referred_back means the channel sent the merchant to another channel first.'),
    sentEvidence: z
      .array(evidenceId)
      .max(limits.maxEvidence)
      .optional()
      .describe('The evidence ids submitted with this contact.'),
  });
  return z.array(contact.describe('One attempt to get help through a channel.')).max(limits.maxContacts);
}

/**
 * The case's `relatedTransactions` list.
 *
 * @example
 * createRelatedSchema(fields, DEFAULT_CASE_LIMITS).parse([{ relation: 'refund_of' }]);
 */
export function createRelatedSchema({ text, timestamp, amount }: FieldSchemas, limits: CaseLimits) {
  const related = z.strictObject({
    reference: text.optional().describe("The related transaction's reference."),
    amount: amount.optional().describe('Its amount in yuan.'),
    at: timestamp.optional().describe('When it took place.'),
    relation: z
      .enum(RELATIONS)
      .describe('How it relates to the case: the duplicate, its refund, a sale before or after the loss report.'),
  });
  return z.array(related).max(limits.maxContacts);
}

/**
 * The case's `limitation`, `feeChange` and `agent` objects.
 *
 * @example
 * createContractSchemas(fields).limitation.parse({ knownAt: '2024-01-05' });
 */
export function createContractSchemas({ text, timestamp }: FieldSchemas) {
  const limitation = z.strictObject({
    knownAt: timestamp
      .optional()
      .describe(
        'When the merchant learned of the harm and of who caused it: the 3-year limitation period runs from then.',
      ),
    interruptedAt: timestamp
      .optional()
      .describe(
        'The last written demand, suit, arbitration or other act that interrupted the limitation period ' +
          'and restarted it.',
      ),
  });
  const feeChange = z.strictObject({
    announcedAt: timestamp.optional().describe('When the provider told the merchant of the fee change, if it did.'),
    effectiveAt: timestamp.optional().describe('When the new fee took effect.'),
  });
  const agent = z.strictObject({
    name: text.optional().describe("The agent's (服务商's) name."),
    acquirerName: text.optional().describe('The licensed institution the agent works for, when known.'),
  });
  return { limitation, feeChange, agent };
}
