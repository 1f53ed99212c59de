// CaseInput: ids are literal unions from the bundled vocabulary. The @ts-expect-error lines are the
// test: `npx tsc --noEmit` (npm run typecheck, CI) fails if a misspelt id ever compiles again.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTriage, type CaseInput, type EvidenceId, type ScenarioId } from '../../src/index.js';

const triage = createTriage();
const ok: CaseInput = {
  id: 'typed-1',
  scenario: 'chargeback',
  asOf: '2026-11-05T10:00:00+08:00',
  dispute: { stage: 'retrieval', noticeAt: '2026-11-03' },
  evidence: ['terminal_transaction_log'],
  contacts: [{ channel: 'acquirer_customer_service', at: '2026-11-04', responded: false }],
};

describe('CaseInput', () => {
  it('types every id as a literal union of the bundled ids', () => {
    expectTypeOf<'chargeback'>().toExtend<ScenarioId>();
    expectTypeOf<'chargebak'>().not.toExtend<ScenarioId>();
    expectTypeOf<CaseInput['scenario']>().toEqualTypeOf<ScenarioId>();
    expectTypeOf<'cctv_footage'>().toExtend<EvidenceId>();
    expectTypeOf<string>().not.toExtend<CaseInput['cause']>();
  });

  it('is accepted by triage and safeTriage, as are unknown values', async () => {
    expect((await triage.triage(ok)).caseId).toBe('typed-1');
    const literal = await triage.safeTriage({
      id: 'typed-2',
      scenario: 'refund_request',
      asOf: '2026-11-05',
      evidence: ['refund_proof'],
    });
    expect(literal.ok).toBe(true);
    const parsed: unknown = JSON.parse(JSON.stringify(ok));
    expect((await triage.triage(parsed)).caseId).toBe('typed-1');
    const loose: Record<string, unknown> = { ...ok };
    expect((await triage.safeTriage(loose)).ok).toBe(true);
  });

  it('rejects misspelt ids at compile time (and at run time, for untyped callers)', async () => {
    // @ts-expect-error 'chargebak' is not a scenario id
    const scenario = await triage.safeTriage({ id: 'x', scenario: 'chargebak', asOf: '2026-11-05' });
    const stage = await triage.safeTriage({
      id: 'x',
      scenario: 'chargeback',
      asOf: '2026-11-05',
      // @ts-expect-error 'retrievl' is not a stage id
      dispute: { stage: 'retrievl' },
    });
    const evidence = await triage.safeTriage({
      id: 'x',
      scenario: 'chargeback',
      asOf: '2026-11-05',
      // @ts-expect-error 'cctv' is not an evidence id
      evidence: ['cctv'],
    });
    const channel = await triage.safeTriage({
      id: 'x',
      scenario: 'chargeback',
      asOf: '2026-11-05',
      // @ts-expect-error 'twitter' is not a channel id
      contacts: [{ channel: 'twitter', at: '2026-11-04', responded: false }],
    });
    // @ts-expect-error 'angry' is not a cause id
    const cause: CaseInput = { id: 'x', scenario: 'chargeback', cause: 'angry' };
    for (const outcome of [scenario, stage, evidence, channel]) expect(outcome.ok).toBe(false);
    expect((await triage.safeTriage(cause as unknown)).ok).toBe(false);
  });
});
