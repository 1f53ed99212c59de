import { describe, expect, it } from 'vitest';
import { createTriage, isInvalidCaseError, whatIf } from '../../src/index.js';
import { listFixtures } from '../support/fixtures.js';

const triage = createTriage();
const retrieval = listFixtures().find((f) => f.name === 'chargeback/retrieval-denied-unionpay')!.kase;

describe('whatIf', () => {
  it('tries only evidence not yet held and channels ahead not yet tried, and ranks the changes by how much they help', async () => {
    const report = await whatIf(triage, retrieval);
    const { baseline } = report;
    const missing = baseline.evidence.filter((e) => !e.held).map((e) => e.id);
    const ahead = [baseline.escalation.channel, ...baseline.escalation.ladder, ...baseline.escalation.parallel];
    const tried = [...report.options.map((o) => o.change), ...report.unchanged];
    expect(
      tried
        .filter((c) => c.kind === 'evidence')
        .map((c) => (c as { id: string }).id)
        .sort(),
    ).toEqual([...missing].sort());
    for (const change of tried) if (change.kind === 'contact') expect(ahead).toContain(change.channel);
    const scores = report.options.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('says that one more required evidence item leaves one fewer missing', async () => {
    const report = await whatIf(triage, retrieval);
    const required = report.baseline.evidence.find((e) => e.required && !e.held)!;
    const option = report.options.find((o) => o.change.kind === 'evidence' && o.change.id === required.id)!;
    const before = report.baseline.evidence.filter((e) => e.required && !e.held).length;
    expect(option.differences.requiredMissing).toEqual({ from: before, to: before - 1 });
    expect(option.summary).toContain(required.label);
  });

  it('shows how an answered contact on the next channel moves the ladder on', async () => {
    const report = await whatIf(triage, retrieval);
    const next = report.baseline.escalation.channel!;
    const option = report.options.find(
      (o) => o.change.kind === 'contact' && o.change.channel === next && o.change.responded,
    )!;
    expect(option.differences.escalation?.from.channel).toBe(next);
    expect(option.differences.escalation?.to.channel).not.toBe(next);
  });

  it('writes summaries in the case locale', async () => {
    const zh = await whatIf(triage, { ...retrieval, locale: 'zh-CN' });
    expect(zh.options[0]!.summary).toMatch(/[\u4e00-\u9fff]/);
    const en = await whatIf(triage, { ...retrieval, locale: 'en' });
    expect(en.options[0]!.summary).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('judges every variant at one instant when the case has no asOf and the clock moves', async () => {
    const { asOf, ...withoutAsOf } = retrieval as { asOf: string };
    let now = Date.parse(asOf);
    const moving = createTriage({ clock: () => (now += 5 * 86_400_000) });
    const report = await whatIf(moving, withoutAsOf);
    const pinned = await whatIf(triage, { ...withoutAsOf, asOf: report.baseline.asOf });
    expect(report).toEqual(pinned);
  });

  it('rejects an invalid case with InvalidCaseError', async () => {
    const error = await whatIf(triage, { id: 'x', scenario: 'nope' }).catch((e: unknown) => e);
    expect(isInvalidCaseError(error)).toBe(true);
  });
});
