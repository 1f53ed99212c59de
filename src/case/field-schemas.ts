import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { isTimestamp } from './is-timestamp.js';
import { addHints } from './json-schema-hints.js';
import type { CaseLimits } from './limits.js';
import { timestampPattern } from './timestamp-pattern.js';

/** The catalog section a vocabulary enum takes its labels from. */
export type VocabularySection = 'scenarios' | 'causes' | 'stages' | 'evidence' | 'channels';

/** The field schemas every part of the case schema shares, built once per set of limits. */
export interface FieldSchemas {
  text: z.ZodString;
  timestamp: z.ZodString;
  amount: z.ZodNumber;
  timeZone: z.ZodString;
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
 * A catalog id field: any of `values`, checked by refinement so the list can come from the rule set.
 *
 * @example
 * const scenario = enumOf(vocabulary.scenarios, 'scenario', 'scenarios');
 */
export function enumOf(values: readonly string[], what: string, section: VocabularySection) {
  const known = new Set(values);
  const listed = values.length <= 12 ? values.join(', ') : `${values.slice(0, 12).join(', ')}, …`;
  const schema = z.string().refine((v) => known.has(v), {
    error: (iss) => `expected a known ${what} id (${listed}); found ${JSON.stringify(iss.input)}`,
    params: { code: 'unknown_id' },
  });
  addHints(schema, { enum: [...values], 'x-vocabulary': section });
  return schema;
}

function createTimestampSchema(limits: CaseLimits): z.ZodString {
  const inYears = (v: string) => +v.slice(0, 4) >= limits.minYear && +v.slice(0, 4) <= limits.maxYear;
  const timestamp = z
    .string()
    .refine(isTimestamp, {
      error: (iss) =>
        'expected an ISO 8601 timestamp with an offset (2026-11-03T14:05:00+08:00) or a plain date (2026-11-03); ' +
        `found ${JSON.stringify(iss.input)}`,
      params: { code: 'invalid_timestamp' },
    })
    .refine((v) => !isTimestamp(v) || inYears(v), {
      error: (iss) =>
        `the year ${String(iss.input).slice(0, 4)} is outside the limits ` +
        `minYear ${limits.minYear} and maxYear ${limits.maxYear}`,
      params: { code: 'limit_exceeded' },
    });
  addHints(timestamp, { pattern: timestampPattern(limits.minYear, limits.maxYear) });
  return timestamp;
}

function createAmountSchema(): z.ZodNumber {
  const amount = z
    .number()
    .min(0)
    .max(1e12)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
      error: (iss) => `expected an amount in yuan with at most two decimals; found ${String(iss.input)}`,
      params: { code: 'invalid_amount' },
    });
  addHints(amount, { multipleOf: 0.01 });
  return amount;
}

function createTimeZoneSchema(): z.ZodString {
  const timeZone = z.string().refine(isTimeZone, {
    error: (iss) => `expected an IANA time zone such as Asia/Shanghai; found ${JSON.stringify(iss.input)}`,
    params: { code: 'invalid_time_zone' },
  });
  // Area/Location (Asia/Shanghai, Etc/GMT-8, America/Argentina/Salta) or UTC, as isTimeZone asks.
  addHints(timeZone, { pattern: '^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)+)$' });
  return timeZone;
}

/**
 * The shared field schemas for a set of limits: bounded text, timestamps, amounts, time zones.
 *
 * @example
 * const { timestamp } = createFieldSchemas(DEFAULT_CASE_LIMITS);
 */
export function createFieldSchemas(limits: CaseLimits): FieldSchemas {
  return {
    text: z.string().max(limits.maxStringLength),
    timestamp: createTimestampSchema(limits),
    amount: createAmountSchema(),
    timeZone: createTimeZoneSchema(),
  };
}
