import { describe, expect, it } from 'vitest';
import { assembleEscalation } from '../../src/assemble/assemble-escalation.js';
import { assembleDeadlines } from '../../src/assemble/assemble-deadlines.js';
import type { AssemblyContext } from '../../src/assemble/context.js';
import { deriveFacts } from '../../src/facts/derive-facts.js';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { evaluateFacts } from '../../src/pipeline/evaluate-facts.js';
import { orderFiredRules } from '../../src/pipeline/order-fired-rules.js';
import { prepareCase } from '../../src/pipeline/prepare-case.js';
import { resolveAsOf } from '../../src/pipeline/resolve-as-of.js';
import { defaultRules } from '../../src/triage.js';

const pipeline = createPipeline(defaultRules(), { locale: 'en' });

/**
 * The assembly context of a case through the real rules, with its facts derived once: no second
 * pass marks a premature contact as not tried, so the ladder walk itself must treat it as no progress.
 */
async function contextOf(input: Record<string, unknown>): Promise<AssemblyContext> {
  const checked = prepareCase(pipeline, input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  const resolved = resolveAsOf(pipeline, checked.value);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  const { kase, asOf, timeZone, locale } = resolved.value;
  const { ruleSet, calendar } = pipeline;
  const { facts, dates } = deriveFacts(kase, ruleSet, {
    asOf,
    timeZone,
    calendar,
    parameters: ruleSet.parameterValues,
  });
  const evaluation = await evaluateFacts(pipeline, facts);
  const fired = orderFiredRules(pipeline, evaluation);
  return { kase, ruleSet, facts, dates, evaluation, fired, asOf, timeZone, locale, calendar };
}

const base = {
  id: 'escalation-unit',
  scenario: 'provider_unresponsive',
  cause: 'terminal_malfunction',
  asOf: '2026-06-03T10:00:00+08:00',
  acquirer: { kind: 'payment_institution' },
};

describe('assembleEscalation', () => {
  it('treats a rung tried while its gate is still shut as no progress', async () => {
    const ctx = await contextOf({
      ...base,
      contacts: [{ channel: 'pboc_12363', at: '2026-06-01T10:00:00+08:00', responded: false }],
    });
    expect((ctx.facts.contact as Record<string, { tried: boolean }>).pboc_12363!.tried).toBe(true);
    const { escalation } = assembleEscalation(ctx, assembleDeadlines(ctx));
    expect(escalation.channel).toBe('acquirer_customer_service');
    expect(escalation.when).toBe('now');
  });

  it('returns its warnings and calendar use instead of writing them anywhere', async () => {
    const ctx = await contextOf({
      ...base,
      contacts: [{ channel: 'acquirer_customer_service', at: '2026-06-02T09:00:00+08:00', responded: false }],
    });
    const frozen = JSON.stringify(ctx.facts) + JSON.stringify(ctx.dates);
    const first = assembleEscalation(ctx, assembleDeadlines(ctx));
    const again = assembleEscalation(ctx, assembleDeadlines(ctx));
    expect(again).toEqual(first);
    expect(first.escalation.channel).toBe('acquirer_written_complaint');
    expect(first.escalation.when).toBe('2026-06-06T00:00:00+08:00');
    expect(first.warnings).toEqual([]);
    expect(first.calendarUse).toEqual({ outsideCalendar: false, provisionalYears: [] });
    expect(JSON.stringify(ctx.facts) + JSON.stringify(ctx.dates)).toBe(frozen);
  });

  it('reports a reply window counted past the calendar data', async () => {
    const ctx = await contextOf({
      ...base,
      asOf: '2040-06-03T10:00:00+08:00',
      contacts: [{ channel: 'acquirer_customer_service', at: '2040-06-01T09:00:00+08:00', responded: false }],
    });
    const { calendarUse } = assembleEscalation(ctx, assembleDeadlines(ctx));
    expect(calendarUse.outsideCalendar).toBe(true);
  });
});
