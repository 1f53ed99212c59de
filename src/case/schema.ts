import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { LOCALES } from '../text.js';
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

/**
 * JSON Schema keywords for refinements `z.toJSONSchema` cannot see (id lists, the timestamp
 * pattern), so the exported case schema still completes ids in an editor.
 */
export const caseJsonSchemaHints = z.registry<Record<string, unknown>>();

function enumOf(values: readonly string[], what: string) {
  const known = new Set(values);
  const schema = z.string().refine((v) => known.has(v), {
    error: (iss) => `expected a known ${what} id (${values.length <= 12 ? values.join(', ') : values.slice(0, 12).join(', ') + ', …'}); found ${JSON.stringify(iss.input)}`,
    params: { code: 'unknown_id' },
  });
  caseJsonSchemaHints.add(schema, { enum: [...values] });
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
  const timestamp = z.string().refine(isTimestamp, {
    error: (iss) => `expected an ISO 8601 timestamp with an offset (2026-11-03T14:05:00+08:00) or a plain date (2026-11-03); found ${JSON.stringify(iss.input)}`,
    params: { code: 'invalid_timestamp' },
  }).refine((v) => !isTimestamp(v) || (+v.slice(0, 4) >= limits.minYear && +v.slice(0, 4) <= limits.maxYear), {
    error: (iss) => `the year ${String(iss.input).slice(0, 4)} is outside the limits minYear ${limits.minYear} and maxYear ${limits.maxYear}`,
    params: { code: 'limit_exceeded' },
  });
  caseJsonSchemaHints.add(timestamp, { pattern: timestampPattern(limits.minYear, limits.maxYear) });
  const amount = z
    .number()
    .min(0)
    .max(1e12)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
      error: (iss) => `expected an amount in yuan with at most two decimals; found ${String(iss.input)}`,
      params: { code: 'invalid_amount' },
    });
  caseJsonSchemaHints.add(amount, { multipleOf: 0.01 });
  const channel = enumOf(vocabulary.channels, 'channel');
  const timeZone = z
    .string()
    .refine(isTimeZone, { error: (iss) => `expected an IANA time zone such as Asia/Shanghai; found ${JSON.stringify(iss.input)}`, params: { code: 'invalid_time_zone' } });
  // Area/Location (Asia/Shanghai, Etc/GMT-8, America/Argentina/Salta) or UTC, as isTimeZone asks.
  caseJsonSchemaHints.add(timeZone, { pattern: '^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)+)$' });

  return z.strictObject({
    id: text.min(1),
    scenario: enumOf(vocabulary.scenarios, 'scenario'),
    cause: enumOf(vocabulary.causes, 'cause').optional(),
    party: z.enum(['merchant', 'agent']).optional(),
    asOf: timestamp.optional(),
    timeZone: timeZone.optional(),
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
        reasonCode: z.string().max(limits.maxReasonCodeLength).optional(),
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

/**
 * A validated case, as `triage` accepts it.
 *
 * @example
 * const parsed = createCaseSchema(triage.ruleSet.vocabulary).safeParse(input);
 * if (parsed.success) { const kase: Case = parsed.data; console.log(kase.scenario); }
 */
export type Case = z.infer<ReturnType<typeof createCaseSchema>>;
