import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_LIMITS, createTriage, isTriageError, type Issue } from '../../src/index.js';

const triage = createTriage();
const base = { id: 'c1', scenario: 'chargeback', asOf: '2026-11-05T10:00:00+08:00' };

async function issuesOf(input: unknown, t = triage): Promise<Issue[]> {
  const outcome = await t.safeTriage(input);
  if (outcome.ok) throw new Error('expected the case to be rejected');
  return outcome.issues;
}

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

describe('case size limits', () => {
  it('default to sizes no honest case reaches', () => {
    expect(DEFAULT_CASE_LIMITS).toEqual({
      maxStringLength: 2000,
      maxContacts: 500,
      maxEvidence: 500,
      maxReasonCodeLength: 40,
      maxDepth: 32,
      maxNodes: 20_000,
      minYear: 1970,
      maxYear: 2100,
    });
  });

  it('accept the largest honest case: 500 contacts and every evidence id', async () => {
    const { channels, evidence } = triage.ruleSet.vocabulary;
    const contacts = Array.from({ length: 500 }, (_, i) => ({
      channel: channels[i % channels.length]!,
      at: `2026-${String(1 + (i % 10)).padStart(2, '0')}-01`,
      responded: i % 3 === 0,
      reference: `ref-${i}`,
    }));
    const outcome = await triage.safeTriage({
      ...base,
      contacts,
      evidence: [...evidence],
      transaction: { reference: 'x'.repeat(2000) },
    });
    expect(outcome.ok).toBe(true);
  });

  it('name the limit, the path and the size found for a long string', async () => {
    expect(await issuesOf({ ...base, transaction: { reference: 'x'.repeat(2001) } })).toEqual([
      {
        code: 'limit_exceeded',
        path: '/transaction/reference',
        message: 'the string is 2001 characters long; the limit maxStringLength is 2000',
        expected: 'at most 2000 (maxStringLength)',
        found: 'the string is 2001 characters long',
      },
    ]);
  });

  it('reject a long key without echoing it', async () => {
    const [issue] = await issuesOf({ ...base, ['k'.repeat(5000)]: 1 });
    expect(issue).toEqual({
      code: 'limit_exceeded',
      path: '',
      message: 'a key is 5000 characters long; the limit maxStringLength is 2000',
      expected: 'at most 2000 (maxStringLength)',
      found: 'a key is 5000 characters long',
    });
  });

  it('reject too many contacts or evidence items', async () => {
    const contact = { channel: 'police_110', at: '2026-11-01', responded: false };
    expect(await issuesOf({ ...base, contacts: new Array(501).fill(contact) })).toEqual([
      {
        code: 'limit_exceeded',
        path: '/contacts',
        message: 'found 501 entries; the limit maxContacts is 500',
        expected: 'at most 500 (maxContacts)',
        found: '501 entries',
      },
    ]);
    expect(await issuesOf({ ...base, evidence: new Array(501).fill('cctv_footage') })).toEqual([
      {
        code: 'limit_exceeded',
        path: '/evidence',
        message: 'found 501 entries; the limit maxEvidence is 500',
        expected: 'at most 500 (maxEvidence)',
        found: '501 entries',
      },
    ]);
  });

  it('reject a long reason code', async () => {
    expect(await issuesOf({ ...base, dispute: { reasonCode: '4'.repeat(41) } })).toEqual([
      {
        code: 'limit_exceeded',
        path: '/dispute/reasonCode',
        message: 'the reason code is 41 characters long; the limit maxReasonCodeLength is 40',
        expected: 'at most 40 (maxReasonCodeLength)',
        found: 'the reason code is 41 characters long',
      },
    ]);
  });

  for (const depth of [33, 10_000, 100_000]) {
    it(`reject values nested ${depth} deep before the schema walks them, quickly`, async () => {
      const input = JSON.parse(
        `{"id":"c1","scenario":"chargeback","asOf":"2026-11-05","dispute":${nested(depth)}}`,
      ) as unknown;
      const started = Date.now();
      const [issue] = await issuesOf(input);
      expect(issue).toMatchObject({
        code: 'limit_exceeded',
        message: 'the case nests deeper than 32 levels here; the limit maxDepth is 32',
      });
      expect(issue!.path).toBe(`/dispute${'/0'.repeat(31)}`);
      expect(Date.now() - started).toBeLessThan(1_000);
    });
  }

  it('reject a case with more values than maxNodes, stopping the count there', async () => {
    const started = Date.now();
    expect(await issuesOf({ ...base, padding: new Array(1_000_000).fill(0) })).toEqual([
      {
        code: 'limit_exceeded',
        path: '',
        message: 'the case has more than 20000 values; the limit maxNodes is 20000',
        expected: 'at most 20000 (maxNodes)',
        found: 'the case has more than 20000 values',
      },
    ]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('end on a cyclic object passed from JavaScript', async () => {
    const cyclic: Record<string, unknown> = { ...base };
    cyclic.signals = cyclic;
    expect((await issuesOf(cyclic))[0]).toMatchObject({
      code: 'limit_exceeded',
      message: expect.stringContaining('maxDepth'),
    });
  });

  it('reject timestamps outside the year limits, which would make day counting walk for centuries', async () => {
    const issues = await issuesOf({
      ...base,
      asOf: '9999-12-31',
      transaction: { at: '1969-12-31T23:00:00Z' },
      dispute: { noticeAt: '0100-01-01' },
    });
    expect(issues).toEqual([
      {
        code: 'limit_exceeded',
        path: '/asOf',
        message: 'the year 9999 is outside the limits minYear 1970 and maxYear 2100; found the string "9999-12-31"',
      },
      {
        code: 'limit_exceeded',
        path: '/transaction/at',
        message:
          'the year 1969 is outside the limits minYear 1970 and maxYear 2100; found the string "1969-12-31T23:00:00Z"',
      },
      {
        code: 'limit_exceeded',
        path: '/dispute/noticeAt',
        message: 'the year 0100 is outside the limits minYear 1970 and maxYear 2100; found the string "0100-01-01"',
      },
    ]);
  });

  it('triage a case spanning the whole year range (speed is measured by the benchmark)', async () => {
    const far = '1970-01-01';
    const kase = {
      ...base,
      asOf: '2100-12-31',
      transaction: { at: far },
      dispute: { stage: 'retrieval', noticeAt: far, respondBy: far },
      terminal: { lostAt: far, reportedLostAt: far },
      refund: { requestedAt: far, appliedAt: far },
      deposit: { paidAt: far, refundDueAt: far, demandSentAt: far },
      settlement: { expectedAt: far },
      contacts: triage.ruleSet.vocabulary.channels.map((channel) => ({ channel, at: far, responded: false })),
    };
    const outcome = await triage.safeTriage(kase);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.deadlines.length).toBeGreaterThan(0);
  });

  it('refuse a clock outside the year limits', async () => {
    const triage = createTriage({ clock: () => Date.UTC(10_000, 0, 1) });
    // safeTriage never rejects: the clock's failure comes back as an issue; triage rejects with it.
    expect(await triage.safeTriage({ id: 'c1', scenario: 'chargeback' })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_clock' }],
    });
    const error = await triage.triage({ id: 'c1', scenario: 'chargeback' }).catch((e: unknown) => e);
    expect(isTriageError(error) && error.code).toBe('invalid_clock');
  });

  it('can be tightened or loosened per triage object', async () => {
    const strict = createTriage({ limits: { maxContacts: 1, maxDepth: 3 } });
    const contact = { channel: 'police_110', at: '2026-11-01', responded: false };
    expect((await issuesOf({ ...base, contacts: [contact, contact] }, strict))[0]).toMatchObject({
      path: '/contacts',
      message: 'found 2 entries; the limit maxContacts is 1',
    });
    expect((await issuesOf({ ...base, padding: [[[1]]] }, strict))[0]).toMatchObject({
      path: '/padding/0/0',
      message: expect.stringContaining('maxDepth is 3'),
    });
    const loose = createTriage({ limits: { maxStringLength: 5000, maxYear: 2200 } });
    expect(
      (await loose.safeTriage({ ...base, transaction: { reference: 'x'.repeat(4000), at: '2150-01-01' } })).ok,
    ).toBe(true);
  });
});
