import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { LOCALES } from '../text.js';
import { PARTIES } from './case-enums.js';
import { createComplaintSchema } from './complaint-schema.js';
import { createFieldSchemas, enumOf } from './field-schemas.js';
import {
  createContactsSchema,
  createContractSchemas,
  createRefundSchemas,
  createRelatedSchema,
  createTerminalSchema,
} from './history-schemas.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from './limits.js';
import {
  createAcquirerSchema,
  createDisputeSchema,
  createSettlementSchema,
  createTransactionSchema,
} from './payment-schemas.js';
import { createSignalsSchema } from './signals-schema.js';

export { CONTACT_OUTCOMES, HOLD_KINDS, NETWORKS, RELATIONS } from './case-enums.js';
export type { VocabularySection } from './field-schemas.js';
export { isTimestamp } from './is-timestamp.js';
export { caseJsonSchemaHintsOf } from './json-schema-hints.js';

/**
 * The ids a case may use; they come from the rule set's catalog, so new ids need no code.
 *
 * @example
 * const { scenarios } = triage.ruleSet.vocabulary;
 */
export interface CaseVocabulary {
  scenarios: readonly string[];
  causes: readonly string[];
  stages: readonly string[];
  evidence: readonly string[];
  channels: readonly string[];
}

/**
 * Builds the case schema for a vocabulary. `createTriage` does this once per rule set.
 *
 * @example
 * const schema = createCaseSchema(ruleSet.vocabulary);
 * schema.safeParse({ id: 'c1', scenario: 'chargeback' }).success; // true
 */
export function createCaseSchema(vocabulary: CaseVocabulary, limits: CaseLimits = DEFAULT_CASE_LIMITS) {
  const fields = createFieldSchemas(limits);
  const { text, timestamp, amount, timeZone } = fields;
  const evidenceId = enumOf(vocabulary.evidence, 'evidence', 'evidence');
  const { refund, deposit } = createRefundSchemas(fields);
  const { limitation, feeChange, agent } = createContractSchemas(fields);
  return z.strictObject({
    id: text.min(1).describe("The caller's case id, echoed back in the result as caseId."),
    scenario: enumOf(vocabulary.scenarios, 'scenario', 'scenarios').describe(
      'What kind of dispute this is; it picks the rule pack.',
    ),
    cause: enumOf(vocabulary.causes, 'cause', 'causes')
      .optional()
      .describe('What went wrong; when absent it may be derived from dispute.reasonCode.'),
    party: z
      .enum(PARTIES)
      .optional()
      .describe('Who is asking for advice: the merchant (default) or an agent acting for one.'),
    asOf: timestamp.optional().describe('The instant the advice is for; default: the clock given to createTriage.'),
    timeZone: timeZone
      .optional()
      .describe('The IANA zone that plain dates are read in and days are counted in; default Asia/Shanghai.'),
    locale: z.enum(LOCALES).optional().describe('The language of labels and messages in the result; default zh-CN.'),
    transaction: createTransactionSchema(fields).optional().describe('The payment the dispute is about.'),
    acquirer: createAcquirerSchema(fields)
      .optional()
      .describe('The institution that acquires the payments for the merchant.'),
    dispute: createDisputeSchema(fields, vocabulary.stages, limits)
      .optional()
      .describe('The chargeback or retrieval request (needed for chargeback cases).'),
    settlement: createSettlementSchema(fields)
      .optional()
      .describe('The settlement that did not arrive (needed for funds_not_settled cases).'),
    terminal: createTerminalSchema(fields).optional().describe('The POS terminal, for lost-terminal cases.'),
    refund: refund.optional().describe('A refund to the customer, for refund cases.'),
    deposit: deposit.optional().describe('A terminal deposit the agent keeps (needed for deposit_not_returned cases).'),
    complaint: createComplaintSchema({ text, timestamp, amount }).optional(),
    contacts: createContactsSchema(fields, vocabulary.channels, evidenceId, limits)
      .optional()
      .describe('What was already tried, so the advice names the next channel.'),
    evidence: z
      .array(evidenceId)
      .max(limits.maxEvidence)
      .optional()
      .describe('The evidence ids the merchant already holds.'),
    signals: createSignalsSchema().optional().describe('Yes/no facts; an absent signal means unknown, never false.'),
    relatedTransactions: createRelatedSchema(fields, limits)
      .optional()
      .describe('Other transactions that matter: the duplicate, the refund, the sales before and after a loss report.'),
    limitation: limitation.optional().describe('What the limitation period runs from.'),
    feeChange: feeChange.optional().describe('The fee change in a unilateral_fee_change case.'),
    agent: agent.optional().describe('The agent that sold or serves the terminal.'),
  });
}

/**
 * A validated case, as `triage` accepts it.
 *
 * @example
 * const parsed = createCaseSchema(triage.ruleSet.vocabulary).safeParse(input);
 * if (parsed.success) { const kase: Case = parsed.data; console.log(kase.scenario); }
 */
export type Case = z.infer<ReturnType<typeof createCaseSchema>>;
