import { describe, expect, it } from 'vitest';
import { compileRuleSet, createTriage, withDefaultRules } from '../../src/index.js';
import { bundledSource, partnerPack, rejectionIssues } from '../support/rule-sources.js';

// Which side a clock protects is data: a "side" on the deadline definition, checked by the
// rule-file schema, counted by the engine. The rule below gives the same 5-working-day clock
// from the notice once per side; the dates differ only in a provisional year.
const deadline = (id: string, side?: string) => ({
  id,
  label: { 'zh-CN': '期限', en: 'Clock' },
  from: 'noticeAt',
  days: 5,
  unit: 'working_day',
  ...(side ? { side } : {}),
  sources: ['S37'],
  confidence: 'uncertain',
});
const rule = (deadlines: unknown[]) => ({
  id: 'partner.clocks',
  description: { 'zh-CN': '两个期限', en: 'Two clocks' },
  sources: ['S37'],
  confidence: 'uncertain',
  priority: 50,
  conditions: { all: [{ fact: 'scenario', operator: 'equal', value: 'chargeback' }] },
  outcome: { deadlines },
});
const kase = (noticeAt: string) => ({
  id: 'c',
  scenario: 'chargeback',
  asOf: `${noticeAt}T12:00:00+08:00`,
  dispute: { stage: 'retrieval', noticeAt },
});

async function clocks(noticeAt: string) {
  const rules = compileRuleSet(
    withDefaultRules([partnerPack([rule([deadline('mine'), deadline('theirs', 'counterparty')])])]),
  );
  const result = await createTriage({ rules }).triage(kase(noticeAt));
  const pick = (id: string) => result.deadlines.find((d) => d.id === id)!;
  return {
    mine: [pick('mine').dueAt.slice(0, 10), pick('mine').calendar],
    theirs: [pick('theirs').dueAt.slice(0, 10), pick('theirs').calendar],
  };
}

describe('clock sides in rule files', () => {
  it('a deadline without "side" is the merchant’s: early in a provisional year; "counterparty" is late', async () => {
    // 2027-09-29 (Wed) + 5 working days around 国庆 2027 (10-01 Fri … 10-03 Sun statutory). Merchant:
    // 09-30 and 10-04…07 may all be worked. Counterparty: 09-30 and 10-04…08 may be off, and so may
    // the weekend after, so 10-11…15. The likely schedule (10-01…07 off, 10-09 worked) gives 10-12.
    expect(await clocks('2027-09-29')).toEqual({
      mine: ['2027-10-07', 'provisional'],
      theirs: ['2027-10-15', 'provisional'],
    });
  });

  it('both sides agree where the year is official', async () => {
    expect(await clocks('2026-09-29')).toEqual({
      mine: ['2026-10-12', 'official'],
      theirs: ['2026-10-12', 'official'],
    });
  });

  it('a side that is neither is rejected naming file, rule and path', () => {
    const issues = rejectionIssues([
      bundledSource('catalog/core.json'),
      partnerPack([rule([deadline('mine', 'both')])]),
    ]);
    expect(issues[0]).toMatchObject({ file: 'partner.json', path: '/rules/0/outcome/deadlines/0/side' });
    expect(issues[0]!.message).toMatch(/expected one of "merchant", "counterparty"; found the string "both"/);
  });
});
