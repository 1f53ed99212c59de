import { z } from 'zod';
import { LOCALES } from '../text.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from './limits.js';

/** The ids a case may use; they come from the rule set's catalog, so new ids need no code. */
export interface CaseVocabulary {
  scenarios: readonly string[];
  causes: readonly string[];
  stages: readonly string[];
  evidence: readonly string[];
  channels: readonly string[];
}

const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** True for `2026-11-03` and `2026-11-03T14:05:00+08:00` (or `Z`); false for local times without an offset. */
export function isTimestamp(value: string): boolean {
  const p = plainDate.exec(value);
  if (p) return isRealDate(+p[1]!, +p[2]!, +p[3]!);
  const t = dateTime.exec(value);
  if (!t) return false;
  if (!isRealDate(+t[1]!, +t[2]!, +t[3]!)) return false;
  if (+t[4]! > 23 || +t[5]! > 59 || (t[6] !== undefined && +t[6] > 59)) return false;
  return t[7] === 'Z' || (+t[8]! <= 18 && +t[9]! <= 59);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

function enumOf(values: readonly string[], what: string) {
  return z.string().refine((v) => values.includes(v), {
    error: (iss) => `expected a known ${what} id (${values.length <= 12 ? values.join(', ') : values.slice(0, 12).join(', ') + ', …'}); found ${JSON.stringify(iss.input)}`,
    params: { code: 'unknown_id' },
  });
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
  const timestamp = z.string().refine(isTimestamp, {
    error: (iss) => `expected an ISO 8601 timestamp with an offset (2026-11-03T14:05:00+08:00) or a plain date (2026-11-03); found ${JSON.stringify(iss.input)}`,
    params: { code: 'invalid_timestamp' },
  });
  const amount = z
    .number()
    .min(0)
    .max(1e12)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
      error: (iss) => `expected an amount in yuan with at most two decimals; found ${String(iss.input)}`,
      params: { code: 'invalid_amount' },
    });
  const channel = enumOf(vocabulary.channels, 'channel');

  return z.strictObject({
    id: text.min(1),
    scenario: enumOf(vocabulary.scenarios, 'scenario'),
    cause: enumOf(vocabulary.causes, 'cause').optional(),
    party: z.enum(['merchant', 'agent']).optional(),
    asOf: timestamp.optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: (iss) => `expected an IANA time zone such as Asia/Shanghai; found ${JSON.stringify(iss.input)}`, params: { code: 'invalid_time_zone' } })
      .optional(),
    locale: z.enum(LOCALES).optional(),
    transaction: z
      .strictObject({
        amount: amount.optional(),
        currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as CNY').optional(),
        at: timestamp.optional(),
        network: z.enum(['unionpay', 'visa', 'mastercard', 'amex', 'jcb', 'wechat_pay', 'alipay', 'other']).optional(),
        cardPresent: z.boolean().optional(),
        entryMode: z.enum(['chip', 'contactless', 'magstripe', 'manual', 'qr']).optional(),
        verification: z.enum(['pin', 'signature', 'none']).optional(),
        reference: text.optional(),
      })
      .optional(),
    acquirer: z.strictObject({ name: text.optional(), kind: z.enum(['bank', 'payment_institution', 'unlicensed', 'unknown']).optional() }).optional(),
    dispute: z
      .strictObject({
        stage: enumOf(vocabulary.stages, 'dispute stage').optional(),
        reasonCode: z.string().max(40).optional(),
        noticeAt: timestamp.optional(),
        respondBy: timestamp.optional(),
        amount: amount.optional(),
      })
      .optional(),
    settlement: z
      .strictObject({
        cycle: z.enum(['T+0', 'T+1', 'D+0', 'D+1', 'instant']).optional(),
        expectedAt: timestamp.optional(),
        expectedAmount: amount.optional(),
        receivedAmount: amount.optional(),
        holdNotice: z.boolean().optional(),
        payer: z.enum(['licensed_institution', 'individual', 'unknown_company', 'unknown']).optional(),
      })
      .optional(),
    terminal: z
      .strictObject({
        serial: text.optional(),
        lostAt: timestamp.optional(),
        reportedLostAt: timestamp.optional(),
        transactionsAfterReport: z.number().int().min(0).max(1e9).optional(),
      })
      .optional(),
    refund: z
      .strictObject({
        requestedAt: timestamp.optional(),
        appliedAt: timestamp.optional(),
        method: z.enum(['void', 'terminal_refund', 'manual_refund']).optional(),
        status: z.enum(['not_started', 'pending', 'rejected', 'completed']).optional(),
      })
      .optional(),
    deposit: z
      .strictObject({ amount: amount.optional(), paidAt: timestamp.optional(), refundDueAt: timestamp.optional(), demandSentAt: timestamp.optional() })
      .optional(),
    contacts: z
      .array(z.strictObject({ channel, at: timestamp, responded: z.boolean(), reference: text.optional() }))
      .max(limits.maxContacts)
      .optional(),
    evidence: z.array(enumOf(vocabulary.evidence, 'evidence')).max(limits.maxEvidence).optional(),
    signals: z
      .strictObject({
        fraudSuspected: z.boolean().optional(),
        counterpartyUnreachable: z.boolean().optional(),
        arbitrationClause: z.boolean().optional(),
        consumerPurchase: z.boolean().optional(),
        alreadyRefunded: z.boolean().optional(),
      })
      .optional(),
  });
}

/** A validated case, as `triage` accepts it. */
export type Case = z.infer<ReturnType<typeof createCaseSchema>>;
