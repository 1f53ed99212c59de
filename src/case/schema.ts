import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { LOCALES } from '../text.js';
import { createComplaintSchema } from './complaint-schema.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from './limits.js';
import { timestampPattern } from './timestamp-pattern.js';

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

/** The payment networks a transaction can run on. */
export const NETWORKS = ['unionpay', 'visa', 'mastercard', 'amex', 'jcb', 'wechat_pay', 'alipay', 'other'] as const;
/** What a contact led to. */
export const CONTACT_OUTCOMES = [
  'no_reply',
  'resolved',
  'refused',
  'unsatisfactory',
  'asked_for_documents',
  'referred_back',
] as const;
/** How a related transaction relates to the case. */
export const RELATIONS = ['duplicate_of', 'refund_of', 'before_loss_report', 'after_loss_report', 'other'] as const;
/** Who froze settlement funds. */
export const HOLD_KINDS = ['risk_control', 'judicial', 'police_anti_fraud', 'unknown'] as const;

const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether y-m-d names a day; years before 100 never do (Date.UTC reads them as 19xx). */
function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0);
}

/** True for `2026-11-03` and `2026-11-03T14:05:00+08:00` (or `Z`); false for local times without an offset. */
export function isTimestamp(value: string): boolean {
  // The schema asks twice per field (format, then year limits): answer the repeat from memory.
  if (value === lastTimestamp) return lastAnswer;
  lastTimestamp = value;
  lastAnswer = checkTimestamp(value);
  return lastAnswer;
}

let lastTimestamp: string | undefined;
let lastAnswer = false;

function checkTimestamp(value: string): boolean {
  const p = plainDate.exec(value);
  if (p) return isRealDate(+p[1]!, +p[2]!, +p[3]!);
  const t = dateTime.exec(value);
  if (!t) return false;
  if (!isRealDate(+t[1]!, +t[2]!, +t[3]!)) return false;
  if (+t[4]! > 23 || +t[5]! > 59 || (t[6] !== undefined && +t[6] > 59)) return false;
  return t[7] === 'Z' || (+t[8]! <= 18 && +t[9]! <= 59);
}

// Building an Intl.DateTimeFormat costs more than the rest of a case's validation: remember answers.
const checkedZones = new Map<string, boolean>();

function isTimeZone(zone: string): boolean {
  let known = checkedZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.includes('/') || zone === 'UTC';
    } catch {
      known = false;
    }
    if (checkedZones.size < 1000) checkedZones.set(zone, known);
  }
  return known;
}

// Keyed by the schema's definition, which `.describe()`, `.meta()` and `.optional()`'s inner keep.
const hintsByDefinition = new WeakMap<object, Record<string, unknown>>();

function addHints(schema: z.ZodType, hints: Record<string, unknown>): void {
  hintsByDefinition.set(schema._zod.def, hints);
}

/**
 * JSON Schema keywords for refinements `z.toJSONSchema` cannot see (id lists, the timestamp
 * pattern, amounts in cents), so the exported case schema is as strict as the library and still
 * completes ids in an editor. `x-vocabulary` names the catalog section whose labels apply.
 *
 * @example
 * const hints = caseJsonSchemaHintsOf(schema.shape.scenario); // { enum: [...], 'x-vocabulary': 'scenarios' }
 */
export function caseJsonSchemaHintsOf(schema: z.core.$ZodType): Record<string, unknown> | undefined {
  return hintsByDefinition.get(schema._zod.def);
}

/** The catalog section a vocabulary enum takes its labels from. */
export type VocabularySection = 'scenarios' | 'causes' | 'stages' | 'evidence' | 'channels';

function enumOf(values: readonly string[], what: string, section: VocabularySection) {
  const known = new Set(values);
  const schema = z.string().refine((v) => known.has(v), {
    error: (iss) =>
      `expected a known ${what} id (${values.length <= 12 ? values.join(', ') : `${values.slice(0, 12).join(', ')}, …`}); found ${JSON.stringify(iss.input)}`,
    params: { code: 'unknown_id' },
  });
  addHints(schema, { enum: [...values], 'x-vocabulary': section });
  return schema;
}

/**
 * Builds the case schema for a vocabulary. `createTriage` does this once per rule set.
 *
 * @example
 * const schema = createCaseSchema(ruleSet.vocabulary);
 * schema.safeParse({ id: 'c1', scenario: 'chargeback' }).success; // true
 */
export function createCaseSchema(vocabulary: CaseVocabulary, limits: CaseLimits = DEFAULT_CASE_LIMITS) {
  const text = z.string().max(limits.maxStringLength);
  const timestamp = z
    .string()
    .refine(isTimestamp, {
      error: (iss) =>
        `expected an ISO 8601 timestamp with an offset (2026-11-03T14:05:00+08:00) or a plain date (2026-11-03); found ${JSON.stringify(iss.input)}`,
      params: { code: 'invalid_timestamp' },
    })
    .refine((v) => !isTimestamp(v) || (+v.slice(0, 4) >= limits.minYear && +v.slice(0, 4) <= limits.maxYear), {
      error: (iss) =>
        `the year ${String(iss.input).slice(0, 4)} is outside the limits minYear ${limits.minYear} and maxYear ${limits.maxYear}`,
      params: { code: 'limit_exceeded' },
    });
  addHints(timestamp, { pattern: timestampPattern(limits.minYear, limits.maxYear) });
  const amount = z
    .number()
    .min(0)
    .max(1e12)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
      error: (iss) => `expected an amount in yuan with at most two decimals; found ${String(iss.input)}`,
      params: { code: 'invalid_amount' },
    });
  addHints(amount, { multipleOf: 0.01 });
  const channel = enumOf(vocabulary.channels, 'channel', 'channels');
  const timeZone = z.string().refine(isTimeZone, {
    error: (iss) => `expected an IANA time zone such as Asia/Shanghai; found ${JSON.stringify(iss.input)}`,
    params: { code: 'invalid_time_zone' },
  });
  // Area/Location (Asia/Shanghai, Etc/GMT-8, America/Argentina/Salta) or UTC, as isTimeZone asks.
  addHints(timeZone, { pattern: '^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)+)$' });
  const evidenceId = enumOf(vocabulary.evidence, 'evidence', 'evidence');
  const holdSchema = z.strictObject({
    kind: z
      .enum(HOLD_KINDS)
      .describe(
        'Who froze the money: the institution (risk_control), a court (judicial) or the police (police_anti_fraud).',
      ),
    noticeAt: timestamp.optional().describe('When the merchant was told of the freeze.'),
    releaseAt: timestamp.optional().describe('The release date the holder stated.'),
  });

  return z.strictObject({
    id: text.min(1).describe("The caller's case id, echoed back in the result as caseId."),
    scenario: enumOf(vocabulary.scenarios, 'scenario', 'scenarios').describe(
      'What kind of dispute this is; it picks the rule pack.',
    ),
    cause: enumOf(vocabulary.causes, 'cause', 'causes')
      .optional()
      .describe('What went wrong; when absent it may be derived from dispute.reasonCode.'),
    party: z
      .enum(['merchant', 'agent'])
      .optional()
      .describe('Who is asking for advice: the merchant (default) or an agent acting for one.'),
    asOf: timestamp.optional().describe('The instant the advice is for; default: the clock given to createTriage.'),
    timeZone: timeZone
      .optional()
      .describe('The IANA zone that plain dates are read in and days are counted in; default Asia/Shanghai.'),
    locale: z.enum(LOCALES).optional().describe('The language of labels and messages in the result; default zh-CN.'),
    transaction: z
      .strictObject({
        amount: amount.optional().describe('The amount of the disputed transaction, in yuan (major units).'),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as CNY')
          .optional()
          .describe('ISO 4217 code of the amount; default CNY.'),
        at: timestamp.optional().describe('When the transaction took place.'),
        network: z.enum(NETWORKS).optional().describe('The card network or wallet that carried the payment.'),
        cardPresent: z.boolean().optional().describe('Whether the card (or phone) was at the terminal.'),
        entryMode: z
          .enum(['chip', 'contactless', 'magstripe', 'manual', 'qr'])
          .optional()
          .describe('How the card or wallet was read.'),
        verification: z.enum(['pin', 'signature', 'none']).optional().describe('How the cardholder was verified.'),
        reference: text.optional().describe('The reference number on the slip or in the statement (参考号).'),
        chipCard: z
          .boolean()
          .optional()
          .describe('Whether the card carried a chip (a chip card swiped on the magnetic stripe is a fallback sale).'),
      })
      .optional()
      .describe('The payment the dispute is about.'),
    acquirer: z
      .strictObject({
        name: text.optional().describe('The name of the acquirer or payment company.'),
        kind: z
          .enum(['bank', 'payment_institution', 'unlicensed', 'unknown'])
          .optional()
          .describe('Whether the acquirer is a bank, a licensed payment institution, unlicensed, or unknown.'),
      })
      .optional()
      .describe('The institution that acquires the payments for the merchant.'),
    dispute: z
      .strictObject({
        stage: enumOf(vocabulary.stages, 'dispute stage', 'stages')
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
      })
      .optional()
      .describe('The chargeback or retrieval request (needed for chargeback cases).'),
    settlement: z
      .strictObject({
        cycle: z
          .enum(['T+0', 'T+1', 'D+0', 'D+1', 'instant'])
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
          .enum(['licensed_institution', 'individual', 'unknown_company', 'unknown'])
          .optional()
          .describe(
            'Who pays the settlements into the account: a licensed institution, an individual, an unknown company.',
          ),
        hold: holdSchema
          .optional()
          .describe(
            'The freeze on the settlement: who holds it, when it was notified and the release date the holder stated.',
          ),
      })
      .optional()
      .describe('The settlement that did not arrive (needed for funds_not_settled cases).'),
    terminal: z
      .strictObject({
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
      })
      .optional()
      .describe('The POS terminal, for lost-terminal cases.'),
    refund: z
      .strictObject({
        requestedAt: timestamp.optional().describe('When the customer asked for the refund.'),
        appliedAt: timestamp
          .optional()
          .describe('When the merchant submitted the refund at the terminal or to the acquirer.'),
        method: z
          .enum(['void', 'terminal_refund', 'manual_refund'])
          .optional()
          .describe('How the refund was made: a same-day void, a refund at the terminal, or a manual refund.'),
        status: z
          .enum(['not_started', 'pending', 'rejected', 'completed'])
          .optional()
          .describe('Where the refund stands.'),
      })
      .optional()
      .describe('A refund to the customer, for refund cases.'),
    deposit: z
      .strictObject({
        amount: amount.optional().describe('The deposit paid for the terminal, in yuan.'),
        paidAt: timestamp.optional().describe('When the deposit was paid.'),
        refundDueAt: timestamp
          .optional()
          .describe('When the deposit should have been returned (by contract or promise).'),
        demandSentAt: timestamp.optional().describe('When the merchant sent a written demand for it.'),
      })
      .optional()
      .describe('A terminal deposit the agent keeps (needed for deposit_not_returned cases).'),
    complaint: createComplaintSchema({ text, timestamp, amount }).optional(),
    contacts: z
      .array(
        z
          .strictObject({
            channel: channel.describe('The channel that was tried.'),
            at: timestamp.describe('When it was tried.'),
            responded: z.boolean().describe('Whether that channel answered.'),
            reference: text.optional().describe('A ticket or complaint number it gave.'),
            outcome: z
              .enum(CONTACT_OUTCOMES)
              .optional()
              .describe(
                'What the contact led to; referred_back means the channel sent the merchant to another channel first.',
              ),
            sentEvidence: z
              .array(evidenceId)
              .max(limits.maxEvidence)
              .optional()
              .describe('The evidence ids submitted with this contact.'),
          })
          .describe('One attempt to get help through a channel.'),
      )
      .max(limits.maxContacts)
      .optional()
      .describe('What was already tried, so the advice names the next channel.'),
    evidence: z
      .array(evidenceId)
      .max(limits.maxEvidence)
      .optional()
      .describe('The evidence ids the merchant already holds.'),
    signals: z
      .strictObject({
        fraudSuspected: z
          .boolean()
          .optional()
          .describe('Whether fraud, theft or embezzlement is suspected (adds police_110 in parallel).'),
        counterpartyUnreachable: z
          .boolean()
          .optional()
          .describe('Whether the other side (agent, provider, customer) cannot be reached.'),
        arbitrationClause: z.boolean().optional().describe('Whether the contract names arbitration for disputes.'),
        consumerPurchase: z
          .boolean()
          .optional()
          .describe('Whether consumer protection applies (the buyer acted as a consumer).'),
        alreadyRefunded: z
          .boolean()
          .optional()
          .describe('Whether the customer has already been refunded for this transaction.'),
        chargebackThreatened: z
          .boolean()
          .optional()
          .describe('The customer says they will dispute the sale with their bank.'),
        merchantIsConsumer: z
          .boolean()
          .optional()
          .describe('The merchant bought the terminal or service for personal use (deposit and provider cases).'),
        customerIsConsumer: z
          .boolean()
          .optional()
          .describe("The merchant's customer is a consumer (refund and chargeback cases)."),
      })
      .optional()
      .describe('Yes/no facts; an absent signal means unknown, never false.'),
    relatedTransactions: z
      .array(
        z.strictObject({
          reference: text.optional().describe("The related transaction's reference."),
          amount: amount.optional().describe('Its amount in yuan.'),
          at: timestamp.optional().describe('When it took place.'),
          relation: z
            .enum(RELATIONS)
            .describe('How it relates to the case: the duplicate, its refund, a sale before or after the loss report.'),
        }),
      )
      .max(limits.maxContacts)
      .optional()
      .describe('Other transactions that matter: the duplicate, the refund, the sales before and after a loss report.'),
    limitation: z
      .strictObject({
        knownAt: timestamp
          .optional()
          .describe(
            'When the merchant learned of the harm and of who caused it: the 3-year limitation period runs from then.',
          ),
        interruptedAt: timestamp
          .optional()
          .describe(
            'The last written demand, suit, arbitration or other act that interrupted the limitation period and restarted it.',
          ),
      })
      .optional()
      .describe('What the limitation period runs from.'),
    feeChange: z
      .strictObject({
        announcedAt: timestamp.optional().describe('When the provider told the merchant of the fee change, if it did.'),
        effectiveAt: timestamp.optional().describe('When the new fee took effect.'),
      })
      .optional()
      .describe('The fee change in a unilateral_fee_change case.'),
    agent: z
      .strictObject({
        name: text.optional().describe("The agent's (服务商's) name."),
        acquirerName: text.optional().describe('The licensed institution the agent works for, when known.'),
      })
      .optional()
      .describe('The agent that sold or serves the terminal.'),
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
