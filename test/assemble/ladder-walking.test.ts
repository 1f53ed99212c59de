import { describe, expect, it } from 'vitest';
import { compileRuleSet, createTriage, type Result } from '../../src/index.js';
import { bundledSource, partnerPack } from '../support/rule-sources.js';

// A small ladder over the bundled catalog (its channels, gates and reply windows) and the common
// pack (its parameters), for provider_unresponsive cases:
//   customer service (20) → written complaint (40) → PBOC 12363 (50) | NFRA 12378 (51) → mediation (70)
// 12363 waits for the institution first (a gate kept in the ladder) and takes non-bank acquirers;
// 12378 takes banks only. Mediation is not before 30 days after the transaction.
const reason = (en: string) => ({ 'zh-CN': en, en });
const rule = (id: string, conditions: unknown[], outcome: Record<string, unknown>) => ({
  id: `partner.${id}`,
  description: reason(id),
  sources: ['S23'],
  confidence: 'confirmed',
  priority: 50,
  conditions: { all: [{ fact: 'scenario', operator: 'equal', value: 'provider_unresponsive' }, ...conditions] },
  outcome,
});
const signal = (name: string) => ({ fact: 'signals', path: name, operator: 'equal', value: true });

const ruleSet = compileRuleSet([
  bundledSource('catalog/core.json'),
  bundledSource('catalog/sources.json'),
  bundledSource('common.json'),
  partnerPack([
    rule('ladder', [], {
      escalation: [
        { channel: 'acquirer_customer_service', order: 20, reason: reason('Ask support.') },
        { channel: 'acquirer_written_complaint', order: 40, reason: reason('Write to head office.') },
        { channel: 'pboc_12363', order: 50, reason: reason('Call 12363.') },
        { channel: 'nfra_12378', order: 51, reason: reason('Call 12378.') },
        {
          channel: 'peoples_mediation',
          order: 70,
          notBefore: { from: 'transactionAt', days: 30, unit: 'calendar_day' },
          reason: reason('Mediate.'),
        },
      ],
    }),
    rule('fraud', [signal('fraudSuspected')], {
      parallel: [{ channel: 'police_110', reason: reason('Report to the police.') }],
    }),
    rule('urgent', [signal('counterpartyUnreachable')], {
      escalation: [{ channel: 'pboc_12363', order: 50, now: true, reason: reason('Call 12363 now.') }],
    }),
  ]),
]);
const triage = createTriage({ rules: ruleSet, locale: 'en' });

const AS_OF = '2026-06-03T10:00:00+08:00';
type Contact = { channel: string; at: string; responded: boolean; outcome?: string };

/** The escalation and warning codes for a provider_unresponsive case with these contacts. */
async function ladderFor(
  contacts: Contact[],
  extra: Record<string, unknown> = {},
): Promise<{ escalation: Result['escalation']; warnings: Result['warnings'] }> {
  // Plain data, as a caller's parsed JSON would be.
  const input: unknown = {
    id: 'ladder',
    scenario: 'provider_unresponsive',
    cause: 'terminal_malfunction',
    asOf: AS_OF,
    acquirer: { kind: 'payment_institution' },
    transaction: { at: '2026-05-20' },
    contacts,
    ...extra,
  };
  const result = await triage.triage(input);
  return { escalation: result.escalation, warnings: result.warnings };
}
const codes = (warnings: Result['warnings']) => warnings.map((w) => w.code);

describe('ladder walking', () => {
  it('starts at the first rung and lists the open rungs after it, skipping a rung whose gate is shut', async () => {
    const { escalation, warnings } = await ladderFor([]);
    expect(escalation).toMatchObject({ channel: 'acquirer_customer_service', when: 'now', reason: 'Ask support.' });
    // 12378 takes banks only: off the ladder, silently (the case never tried it). 12363's gate waits
    // for the institution, so it stays on the ladder.
    expect(escalation.ladder).toEqual(['acquirer_written_complaint', 'pboc_12363', 'peoples_mediation']);
    expect(escalation.rules).toEqual(['partner.ladder']);
    expect(codes(warnings)).not.toContain('gate_not_met');
  });

  it('waits for the reply window of the last unanswered rung, then names the next one', async () => {
    // Support answers within 3 working days: from Tuesday 2 June, the window ends Friday 5 June.
    const { escalation } = await ladderFor([
      { channel: 'acquirer_customer_service', at: '2026-06-02T09:00:00+08:00', responded: false },
    ]);
    expect(escalation.channel).toBe('acquirer_written_complaint');
    expect(escalation.when).toBe('2026-06-06T00:00:00+08:00');
    expect(escalation.reason).toBe(
      'Write to head office. (after the reply window of Acquirer / payment company customer service runs out)',
    );
    expect(escalation.ladder).toEqual(['pboc_12363', 'peoples_mediation']);
  });

  it('goes on now once the last rung answered', async () => {
    const { escalation } = await ladderFor([
      { channel: 'acquirer_customer_service', at: '2026-06-02T09:00:00+08:00', responded: true },
    ]);
    expect(escalation).toMatchObject({
      channel: 'acquirer_written_complaint',
      when: 'now',
      reason: 'Write to head office.',
    });
  });

  it('passes over untried earlier rungs once a later rung was tried with its gates open', async () => {
    const { escalation } = await ladderFor([
      { channel: 'acquirer_written_complaint', at: '2026-06-01T09:00:00+08:00', responded: true },
    ]);
    // Customer service was skipped: it is neither next nor still ahead.
    expect(escalation.channel).toBe('pboc_12363');
    expect(escalation.ladder).toEqual(['peoples_mediation']);
  });

  it('counts a rung tried before its gate opened as no progress', async () => {
    // The regulator before the institution: the 12363 contact is premature, so the walk starts over.
    const { escalation, warnings } = await ladderFor([
      { channel: 'pboc_12363', at: '2026-06-01T10:00:00+08:00', responded: false },
    ]);
    expect(escalation.channel).toBe('acquirer_customer_service');
    expect(escalation.when).toBe('now');
    expect(escalation.ladder).toEqual(['acquirer_written_complaint', 'pboc_12363', 'peoples_mediation']);
    expect(codes(warnings)).not.toContain('gate_not_met');
  });

  it('counts a rung that sent the merchant back as no progress', async () => {
    const { escalation } = await ladderFor([
      { channel: 'acquirer_customer_service', at: '2026-05-25T09:00:00+08:00', responded: true },
      { channel: 'acquirer_written_complaint', at: '2026-05-28T09:00:00+08:00', responded: true },
      { channel: 'pboc_12363', at: '2026-06-01T10:00:00+08:00', responded: true, outcome: 'referred_back' },
    ]);
    expect(escalation.channel).toBe('pboc_12363');
    expect(escalation.when).toBe('now');
  });

  it('warns about a shut gate only for a channel the case already tried', async () => {
    const { escalation, warnings } = await ladderFor(
      [{ channel: 'pboc_12363', at: '2026-06-01T10:00:00+08:00', responded: false }],
      { acquirer: { kind: 'bank' } },
    );
    const gate = warnings.filter((w) => w.code === 'gate_not_met');
    expect(gate).toEqual([
      {
        code: 'gate_not_met',
        message: 'PBOC hotline 12363: 12363 handles non-bank payment institutions; for a bank acquirer use 12378.',
        rules: ['partner.ladder'],
      },
    ]);
    // A bank: 12378 replaces 12363 on the ladder.
    expect(escalation.channel).toBe('acquirer_customer_service');
    expect(escalation.ladder).toEqual(['acquirer_written_complaint', 'nfra_12378', 'peoples_mediation']);
  });

  it('puts a rung marked now ahead of untried earlier rungs, without waiting for a reply', async () => {
    const { escalation } = await ladderFor(
      [{ channel: 'acquirer_customer_service', at: '2026-06-02T09:00:00+08:00', responded: false }],
      { signals: { counterpartyUnreachable: true } },
    );
    expect(escalation).toMatchObject({ channel: 'pboc_12363', when: 'now', reason: 'Call 12363 now.' });
    expect(escalation.rules).toEqual(['partner.ladder', 'partner.urgent']);
    expect(escalation.ladder).toEqual(['peoples_mediation']);
  });

  it('holds a rung until its not-before date', async () => {
    const { escalation } = await ladderFor([
      { channel: 'acquirer_customer_service', at: '2026-05-25T09:00:00+08:00', responded: true },
      { channel: 'acquirer_written_complaint', at: '2026-05-28T09:00:00+08:00', responded: true },
      { channel: 'pboc_12363', at: '2026-06-01T10:00:00+08:00', responded: true },
    ]);
    // 30 calendar days after 20 May.
    expect(escalation).toMatchObject({ channel: 'peoples_mediation', when: '2026-06-19T00:00:00+08:00' });
    expect(escalation.ladder).toEqual([]);
  });

  it('names the police in parallel, beside the ladder, until they were called', async () => {
    const fraud = { signals: { fraudSuspected: true } };
    const before = await ladderFor([], fraud);
    expect(before.escalation.channel).toBe('acquirer_customer_service');
    expect(before.escalation.parallel).toContain('police_110');
    expect(before.escalation.ladder).not.toContain('police_110');
    const after = await ladderFor([{ channel: 'police_110', at: '2026-06-01T10:00:00+08:00', responded: true }], fraud);
    expect(after.escalation.parallel).not.toContain('police_110');
    expect(after.escalation.channel).toBe('acquirer_customer_service');
  });

  it('says when every rung was tried', async () => {
    const { escalation, warnings } = await ladderFor([
      { channel: 'acquirer_customer_service', at: '2026-05-25T09:00:00+08:00', responded: true },
      { channel: 'acquirer_written_complaint', at: '2026-05-28T09:00:00+08:00', responded: true },
      { channel: 'pboc_12363', at: '2026-06-01T10:00:00+08:00', responded: true },
      { channel: 'peoples_mediation', at: '2026-06-02T10:00:00+08:00', responded: true },
    ]);
    expect(escalation).toMatchObject({ channel: null, when: 'now', ladder: [], rules: [] });
    expect(codes(warnings)).toContain('ladder_exhausted');
  });
});
