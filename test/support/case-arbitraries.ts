// fast-check arbitraries for cases: valid ones built from a rule set's catalog vocabulary, and
// hostile JSON (deep, huge, prototype-named keys) to throw at validation.
import fc from 'fast-check';
import type { RuleSet } from '../../src/index.js';
import {
  ACQUIRER_KINDS,
  COMPLAINT_PLATFORMS,
  COMPLAINT_PROBLEM_TYPES,
  COMPLAINT_STATES,
  ENTRY_MODES,
  NETWORKS,
  PARTIES,
  PLATFORM_ACTIONS,
  REFUND_METHODS,
  REFUND_STATUSES,
  SETTLEMENT_CYCLES,
  SETTLEMENT_PAYERS,
  SIGNALS,
  VERIFICATIONS,
} from '../../src/case/case-enums.js';
import { LOCALES } from '../../src/text.js';

const MS_PER_DAY = 86_400_000;
const DAY_2000 = Date.UTC(2000, 0, 1) / MS_PER_DAY;
const DAY_2024 = Date.UTC(2024, 0, 1) / MS_PER_DAY;
const DAY_2027_END = Date.UTC(2027, 11, 31) / MS_PER_DAY;
// Far enough inside the default year limits (1970–2100) that offsets of a few years stay valid.
const DAY_2098_END = Date.UTC(2098, 11, 31) / MS_PER_DAY;

/** Zones with half-hour and 45-minute offsets, DST both ways and the date line. */
export const TIME_ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

/** A timestamp relative to the case's asOf day, turned into text once that day is known. */
class At {
  constructor(
    readonly offsetDays: number,
    readonly time: { h: number; m: number; s?: number; frac?: string; offset: string } | null,
  ) {}
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDateOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

function formatAt(at: At, baseDay: number): string {
  const date = isoDateOf(baseDay + at.offsetDays);
  if (!at.time) return date;
  const { h, m, s, frac, offset } = at.time;
  return `${date}T${pad(h)}:${pad(m)}${s === undefined ? '' : `:${pad(s)}${frac ?? ''}`}${offset}`;
}

const offsetArb = fc.oneof(
  fc.constantFrom('Z', '+08:00', '+00:00', '-00:00', '+05:30', '+05:45', '+12:45', '-03:30', '-10:00', '+14:00'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 59 }))
    .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
);

const timeArb = fc.record(
  {
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    frac: fc.constantFrom('.0', '.5', '.999', '.123456789'),
    offset: offsetArb,
  },
  { requiredKeys: ['h', 'm', 'offset'] },
);

/** Mostly within a few years before asOf, sometimes after it. */
const atArb = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.integer({ min: -120, max: 10 }), weight: 3 },
      { arbitrary: fc.integer({ min: -1500, max: 400 }), weight: 1 },
    ),
    fc.option(timeArb, { nil: null }),
  )
  .map(([offsetDays, time]) => new At(offsetDays, time as At['time']));

const baseDayArb = fc.oneof(
  { arbitrary: fc.integer({ min: DAY_2024, max: DAY_2027_END }), weight: 4 },
  { arbitrary: fc.integer({ min: DAY_2000, max: DAY_2098_END }), weight: 1 },
);

const amountArb = fc
  .oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 100_000 }))
  .map((cents) => cents / 100);
const textArb = fc.string({ maxLength: 24, unit: 'grapheme' });

function optionalRecord<T extends Record<string, fc.Arbitrary<unknown>>>(model: T) {
  return fc.record(model, { requiredKeys: [] });
}

function replaceAt(value: unknown, baseDay: number): unknown {
  if (value instanceof At) return formatAt(value, baseDay);
  if (Array.isArray(value)) return value.map((item) => replaceAt(item, baseDay));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceAt(item, baseDay)]));
  }
  return value;
}

/**
 * Valid cases over the catalog vocabulary of `ruleSet`: every scenario, cause, stage, evidence id
 * and channel; timestamps with offsets and plain dates in many zones; contacts on every channel.
 */
export function validCaseArbitrary(ruleSet: RuleSet): fc.Arbitrary<Record<string, unknown>> {
  const v = ruleSet.vocabulary;
  const codes = [...new Set(ruleSet.catalog.crosswalk.map((entry) => entry.code))];
  const template = optionalRecord({
    cause: fc.constantFrom(...v.causes),
    party: fc.constantFrom(...PARTIES),
    timeZone: fc.constantFrom(...TIME_ZONES),
    locale: fc.constantFrom(...LOCALES),
    transaction: optionalRecord({
      amount: amountArb,
      currency: fc.constantFrom('CNY', 'USD', 'HKD'),
      at: atArb,
      network: fc.constantFrom(...NETWORKS),
      cardPresent: fc.boolean(),
      entryMode: fc.constantFrom(...ENTRY_MODES),
      verification: fc.constantFrom(...VERIFICATIONS),
      reference: textArb,
    }),
    acquirer: optionalRecord({
      name: textArb,
      kind: fc.constantFrom(...ACQUIRER_KINDS),
    }),
    dispute: optionalRecord({
      stage: fc.constantFrom(...v.stages),
      reasonCode: fc.oneof(
        { arbitrary: fc.constantFrom(...codes), weight: 3 },
        { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
      ),
      noticeAt: atArb,
      respondBy: atArb,
      amount: amountArb,
    }),
    settlement: optionalRecord({
      cycle: fc.constantFrom(...SETTLEMENT_CYCLES),
      expectedAt: atArb,
      expectedAmount: amountArb,
      receivedAmount: amountArb,
      holdNotice: fc.boolean(),
      payer: fc.constantFrom(...SETTLEMENT_PAYERS),
    }),
    terminal: optionalRecord({
      serial: textArb,
      lostAt: atArb,
      reportedLostAt: atArb,
      transactionsAfterReport: fc.nat({ max: 1000 }),
    }),
    refund: optionalRecord({
      requestedAt: atArb,
      appliedAt: atArb,
      method: fc.constantFrom(...REFUND_METHODS),
      status: fc.constantFrom(...REFUND_STATUSES),
    }),
    deposit: optionalRecord({ amount: amountArb, paidAt: atArb, refundDueAt: atArb, demandSentAt: atArb }),
    complaint: optionalRecord({
      platform: fc.constantFrom(...COMPLAINT_PLATFORMS),
      id: textArb,
      receivedAt: atArb,
      state: fc.constantFrom(...COMPLAINT_STATES),
      problemType: fc.constantFrom(...COMPLAINT_PROBLEM_TYPES),
      refundRequestedAmount: amountArb,
      continuedTimes: fc.nat({ max: 5 }),
      repliedAt: atArb,
      dueAt: atArb,
      via12315: fc.boolean(),
      indirect: fc.boolean(),
      platformAction: fc.constantFrom(...PLATFORM_ACTIONS),
    }),
    contacts: fc.array(
      fc.record(
        { channel: fc.constantFrom(...v.channels), at: atArb, responded: fc.boolean(), reference: textArb },
        { requiredKeys: ['channel', 'at', 'responded'] },
      ),
      { maxLength: 8 },
    ),
    evidence: fc.array(fc.constantFrom(...v.evidence), { maxLength: 12 }),
    signals: optionalRecord(Object.fromEntries(SIGNALS.map((name) => [name, fc.boolean()]))),
  });
  return fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 16 }),
      scenario: fc.constantFrom(...v.scenarios),
      baseDay: baseDayArb,
      asOfTime: fc.option(timeArb, { nil: null }),
      rest: template,
    })
    .map(({ id, scenario, baseDay, asOfTime, rest }) => ({
      id,
      scenario,
      asOf: formatAt(new At(0, asOfTime as At['time']), baseDay),
      ...(replaceAt(rest, baseDay) as Record<string, unknown>),
    }));
}

/** Keys that name prototype machinery, the ones a careless merge would follow. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object with exactly these own keys, `__proto__` included (as JSON.parse makes it). */
export function objectWithOwnKeys(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function nestDeep(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Values meant to hurt: deep nesting, huge strings, prototype-named keys, odd numbers. */
export const hostileValueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 4 },
  {
    // Mostly just past maxDepth (32), sometimes far past it; test/case/case-limits.test.ts goes to 100,000.
    arbitrary: fc
      .tuple(
        fc.oneof(
          { arbitrary: fc.integer({ min: 10, max: 300 }), weight: 9 },
          { arbitrary: fc.integer({ min: 300, max: 20_000 }), weight: 1 },
        ),
        fc.constantFrom('array' as const, 'object' as const),
      )
      .map(([depth, kind]) => nestDeep(depth, kind)),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: 2_001, max: 2_000_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 }))
      .map(([key, value]) => objectWithOwnKeys([[key, value]])),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      1e308,
      -1,
      0.001,
      '',
      ' ',
      '\u0000',
      '\uFEFF',
      '2026-02-30',
      '2026-11-03T14:05:00',
      '0100-01-01',
      '9999-12-31',
      'Asia/Nowhere',
    ),
    weight: 2,
  },
);

/** Any JSON at all, and some JavaScript values that are not JSON. */
export const arbitraryInputArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.anything({
    maxDepth: 4,
    withNullPrototype: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withSparseArray: true,
    withObjectString: true,
  }),
  fc
    .dictionary(
      fc.oneof(
        fc.constantFrom('id', 'scenario', 'asOf', 'contacts', 'evidence', 'dispute', ...PROTOTYPE_KEYS),
        fc.string(),
      ),
      hostileValueArbitrary,
      { maxKeys: 6 },
    )
    .map((d) => objectWithOwnKeys(Object.entries(d))),
  hostileValueArbitrary,
);

interface Mutation {
  kind: 'set' | 'delete' | 'add';
  target: number;
  slot: number;
  key: string;
  value: unknown;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
  target: fc.nat(),
  slot: fc.nat(),
  key: fc.oneof(
    fc.constantFrom(...PROTOTYPE_KEYS, 'toString', 'valueOf', 'hasOwnProperty', 'at', 'id', 'channel'),
    fc.string({ maxLength: 8 }),
  ),
  value: hostileValueArbitrary,
});

function containersOf(root: object): object[] {
  const out: object[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    out.push(node);
    stack.push(...Object.values(node));
  }
  return out;
}

function applyMutation(containers: readonly object[], m: Mutation): void {
  const target = containers[m.target % containers.length] as Record<string, unknown>;
  const keys = Object.keys(target);
  const define = (key: string) =>
    Object.defineProperty(target, key, { value: m.value, enumerable: true, writable: true, configurable: true });
  if (m.kind === 'add' || keys.length === 0) define(Array.isArray(target) ? String(target.length) : m.key);
  else if (m.kind === 'set') define(keys[m.slot % keys.length]!);
  else delete target[keys[m.slot % keys.length]!];
}

/** A valid case with one to three fields set, added or deleted at random, hostile values included. */
export function mutatedCaseArbitrary(ruleSet: RuleSet): fc.Arbitrary<unknown> {
  return fc
    .tuple(validCaseArbitrary(ruleSet), fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
    .map(([kase, mutations]) => {
      // fast-check reuses generated values while shrinking: mutate a copy, never the original.
      const copy = structuredClone(kase);
      // Only the case's own containers are targets: inserted hostile values are shared with fast-check.
      const containers = containersOf(copy);
      for (const m of mutations) applyMutation(containers, m);
      return copy;
    });
}
