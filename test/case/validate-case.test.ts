import { describe, expect, it } from 'vitest';
import { createTriage, isInvalidCaseError } from '../../src/index.js';

const triage = createTriage();
const base = { id: 'c1', scenario: 'chargeback', asOf: '2026-11-05T10:00:00+08:00' };

async function issuesOf(input: unknown) {
  const outcome = await triage.safeTriage(input);
  if (outcome.ok) throw new Error('expected the case to be rejected');
  return outcome.issues;
}

describe('case validation', () => {
  it('names the JSON path, what was expected and what was found for a wrong type', async () => {
    const issues = await issuesOf({ ...base, transaction: { amount: '12' } });
    expect(issues).toEqual([
      expect.objectContaining({
        path: '/transaction/amount',
        message: expect.stringMatching(/expected number, found the string "12"/),
      }),
    ]);
  });

  it('rejects an unknown dispute stage with the known ids in the message', async () => {
    const [issue] = await issuesOf({ ...base, dispute: { stage: 'third_chargeback' } });
    expect(issue).toMatchObject({ code: 'unknown_id', path: '/dispute/stage' });
    expect(issue!.message).toContain('retrieval');
    expect(issue!.message).toContain('"third_chargeback"');
  });

  it('rejects unknown top-level keys so typos do not pass silently', async () => {
    const issues = await issuesOf({ ...base, scenaro: 'x' });
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown_key', path: '/scenaro' })]);
  });

  it('rejects a local time without an offset and an impossible date', async () => {
    const issues = await issuesOf({
      ...base,
      transaction: { at: '2026-11-03T14:05:00' },
      dispute: { noticeAt: '2026-02-30' },
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['/dispute/noticeAt', '/transaction/at']);
    expect(issues.every((i) => i.code === 'invalid_timestamp')).toBe(true);
  });

  it('rejects amounts with more than two decimals or below zero', async () => {
    const issues = await issuesOf({ ...base, transaction: { amount: 10.005 }, dispute: { amount: -1 } });
    expect(issues.map((i) => i.path).sort()).toEqual(['/dispute/amount', '/transaction/amount']);
  });

  it('reports every problem at once, including unknown evidence ids by index', async () => {
    const issues = await issuesOf({
      id: 'c1',
      scenario: 'nope',
      evidence: ['cctv_footage', 'selfie'],
      contacts: [{ channel: 'twitter', at: '2026-01-01', responded: 'no' }],
    });
    expect(issues.map((i) => i.path).sort()).toEqual([
      '/contacts/0/channel',
      '/contacts/0/responded',
      '/evidence/1',
      '/scenario',
    ]);
  });

  it('rejects non-objects without throwing', async () => {
    for (const input of [null, 42, 'case', [], undefined]) {
      const issues = await issuesOf(input);
      expect(issues[0]!.path).toBe('');
    }
  });

  it('asks for asOf when the case has none and no clock was given', async () => {
    const issues = await issuesOf({ id: 'c1', scenario: 'chargeback' });
    expect(issues).toEqual([expect.objectContaining({ code: 'missing_as_of', path: '/asOf' })]);
  });

  it('uses the clock when the case has no asOf', async () => {
    const withClock = createTriage({ clock: () => Date.parse('2026-11-05T02:00:00Z') });
    const result = await withClock.triage({ id: 'c1', scenario: 'chargeback' });
    expect(result.asOf).toBe('2026-11-05T10:00:00+08:00');
  });

  it('rejects with a coded error from triage()', async () => {
    const error = await triage.triage({ ...base, party: 'bank' }).catch((e: unknown) => e);
    expect(isInvalidCaseError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'invalid_case', issues: [expect.objectContaining({ path: '/party' })] });
  });
});
