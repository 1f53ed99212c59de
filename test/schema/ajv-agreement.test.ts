// The committed JSON Schemas, checked with Ajv: every fixture case and every golden is valid, and
// on a corpus of invalid cases Ajv and the library agree (both reject).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import { listFixtures, ROOT } from '../support/fixtures.js';
import { validateJsonSchema } from '../support/json-schema.js';

const schemaOf = (file: string) =>
  JSON.parse(readFileSync(join(ROOT, 'schema', file), 'utf8')) as Record<string, unknown>;
const caseSchema = schemaOf('case.schema.json');
const resultSchema = schemaOf('result.schema.json');
const fixtures = listFixtures();
const base = fixtures.find((f) => f.name === 'chargeback/retrieval-denied-unionpay')!.kase;
const triage = createTriage();

type Kase = Record<string, unknown>;
type Mutation = [string, (kase: Kase) => unknown];
const set = (patch: Kase) => (kase: Kase) => ({ ...kase, ...patch });
const inner = (key: string, patch: Kase) => (kase: Kase) => ({
  ...kase,
  [key]: { ...(kase[key] as Kase), ...patch },
});

const INVALID: Mutation[] = [
  ['an impossible date (30 February)', set({ asOf: '2026-02-30' })],
  ['29 February outside a leap year', inner('dispute', { noticeAt: '2026-02-29' })],
  ['day 31 of a 30-day month', inner('dispute', { noticeAt: '2026-11-31T10:00:00+08:00' })],
  ['month 13', set({ asOf: '2026-13-01' })],
  ['hour 24', set({ asOf: '2026-11-05T24:00:00+08:00' })],
  ['second 60', set({ asOf: '2026-11-05T10:00:60+08:00' })],
  ['an offset beyond 18 hours', set({ asOf: '2026-11-05T10:00:00+19:00' })],
  ['a local time without an offset', set({ asOf: '2026-11-05T10:00:00' })],
  ['a space instead of T', set({ asOf: '2026-11-05 10:00:00+08:00' })],
  ['a year before minYear', inner('transaction', { at: '1969-12-31' })],
  ['a year after maxYear', inner('dispute', { respondBy: '2101-01-01' })],
  ['a time zone without an area', set({ timeZone: 'Beijing' })],
  ['a time zone offset string', set({ timeZone: '+08:00' })],
  ['three decimals', inner('transaction', { amount: 12.345 })],
  ['a negative amount', inner('dispute', { amount: -1 })],
  ['an amount as a string', inner('transaction', { amount: '1280' })],
  ['an amount above the limit', inner('transaction', { amount: 2e12 })],
  ['a lower-case currency', inner('transaction', { currency: 'cny' })],
  ['a misspelt scenario', set({ scenario: 'chargebak' })],
  ['an unknown cause', set({ cause: 'customer_angry' })],
  ['an unknown stage', inner('dispute', { stage: 'third_chargeback' })],
  ['an unknown evidence id', set({ evidence: ['cctv'] })],
  ['an unknown network', inner('transaction', { network: 'discover' })],
  ['an unknown locale', set({ locale: 'zh' })],
  ['an unknown party', set({ party: 'customer' })],
  ['an unknown top-level key', set({ colour: 'red' })],
  ['an unknown key inside an object', inner('dispute', { noticedAt: '2026-11-03' })],
  ['an empty id', set({ id: '' })],
  ['no id', ({ id: _id, ...rest }) => rest],
  ['a fractional count', set({ terminal: { transactionsAfterReport: 1.5 } })],
  ['a contact without its time', set({ contacts: [{ channel: 'acquirer_customer_service', responded: false }] })],
  [
    'a contact with an unknown channel',
    set({ contacts: [{ channel: 'twitter', at: '2026-11-04', responded: false }] }),
  ],
  ['a signal that is not a boolean', set({ signals: { fraudSuspected: 'yes' } })],
  ['a case that is an array', () => [base]],
];

describe('the committed JSON Schemas under Ajv', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('accept the fixture case %s and its golden', (_, fixture) => {
    expect(validateJsonSchema(caseSchema, fixture.kase)).toEqual([]);
    expect(validateJsonSchema(resultSchema, JSON.parse(readFileSync(fixture.expectedPath, 'utf8')))).toEqual([]);
  });

  it('accept amounts with one or two decimals, which a naive multipleOf check would reject', async () => {
    for (const amount of [12.34, 0.07, 1234567.89, 0.1, 99.99]) {
      const kase = { ...base, transaction: { ...(base.transaction as object), amount } };
      expect(validateJsonSchema(caseSchema, kase), String(amount)).toEqual([]);
      expect((await triage.safeTriage(kase)).ok, String(amount)).toBe(true);
    }
  });

  it('hold at least 25 invalid cases', () => expect(INVALID.length).toBeGreaterThanOrEqual(25));

  it.each(INVALID)('reject, as the library does, %s', async (_, mutate) => {
    const kase = mutate(structuredClone(base));
    expect(validateJsonSchema(caseSchema, kase)).not.toEqual([]);
    const outcome = await triage.safeTriage(kase);
    expect(outcome.ok).toBe(false);
  });

  it('reject a result with a bad instant, hash or status', async () => {
    const result = await triage.triage(base);
    expect(validateJsonSchema(resultSchema, result)).toEqual([]);
    expect(validateJsonSchema(resultSchema, { ...result, asOf: '2026-02-30T10:00:00+08:00' })).toEqual([
      '/asOf: pattern',
    ]);
    expect(validateJsonSchema(resultSchema, { ...result, ruleset: { ...result.ruleset, hash: 'md5:00' } })).toEqual([
      '/ruleset/hash: pattern',
    ]);
    expect(
      validateJsonSchema(resultSchema, { ...result, actions: [{ ...result.actions[0], status: 'later' }] }),
    ).toEqual(['/actions/0/status: enum']);
    expect(validateJsonSchema(resultSchema, { ...result, extra: 1 })).toEqual(['/extra: false']);
  });
});
