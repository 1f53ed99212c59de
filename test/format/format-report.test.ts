// The readable report reads as a person writes: labels, local dates with weekdays, words in the
// locale, full-width punctuation in Chinese, English plurals, rule ids at the end of a line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocalInstant } from '../../src/format/local-time-text.js';
import { createTriage, formatReport, type Result } from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';

const triage = createTriage();
const kase = JSON.parse(readFileSync(join(ROOT, 'fixtures/chargeback/retrieval-denied-unionpay.case.json'), 'utf8'));
const en = await triage.triage(kase);
const zh = await triage.triage({ ...kase, locale: 'zh-CN' });
const report = (result: Result, verbose = false) => formatReport(result, { ruleSet: triage.ruleSet, verbose });

describe('formatLocalInstant', () => {
  it.each([
    ['2026-11-10T23:59:59+08:00', 'zh-CN', 'by', 2026, '11月10日（周二）23:59前'],
    ['2026-11-10T23:59:59+08:00', 'en', 'by', 2026, 'by Tue 10 Nov, 23:59'],
    ['2026-10-09T18:00:00+08:00', 'zh-CN', 'by', 2026, '10月9日（周五）18:00前'],
    ['2026-11-11T00:00:00+08:00', 'en', 'from', 2026, 'from Wed 11 Nov, 00:00'],
    ['2027-01-04T23:59:59+08:00', 'zh-CN', 'by', 2026, '2027年1月4日（周一）23:59前'],
    ['2028-02-29T09:30:00-05:00', 'en', 'at', undefined, 'Tue 29 Feb 2028, 09:30'],
  ] as const)('writes %s in %s (%s) as %s', (instant, locale, role, year, expected) => {
    expect(formatLocalInstant(instant, locale, role, year)).toBe(expected);
  });
});

describe('formatReport', () => {
  it('names scenario, cause and channels by their labels, not their ids', () => {
    const [, header] = report(zh).split('\n');
    expect(header).toBe('情形：客户拒付 / 调单 / 退单　原因：客户否认消费　严重程度：高');
    expect(report(en).split('\n')[1]).toBe(
      'Scenario: Customer refusal to pay / retrieval / chargeback   Cause: Customer denies the purchase   Severity: high',
    );
    expect(report(en)).not.toMatch(/Scenario: chargeback|acquirer_dispute_desk/);
  });

  it('writes dates in local time with the weekday', () => {
    expect(report(zh)).toContain('计算时点：2026年11月5日（周四）10:00');
    expect(report(zh)).toContain('11月10日（周二）23:59前');
    expect(report(en)).toContain('As of: Thu 5 Nov 2026, 10:00');
    expect(report(en)).toContain('by Tue 10 Nov, 23:59');
    expect(report(en)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('writes confidence in the locale and Chinese with full-width punctuation', () => {
    const text = report(zh);
    expect(text).toContain('待核实');
    expect(text).not.toMatch(/\((confirmed|secondary|uncertain)\)|; |\bsources\b(?!@)/);
    expect(text).not.toMatch(/[\u4e00-\u9fff]: /); // a colon after Chinese is full-width
    expect(text).not.toMatch(/\((必需|建议|剩余|已确认|二手来源|待核实)|[,;] ?(缺少|来源)/);
    expect(text).toMatch(/【待办】/);
  });

  it('says "1 day left", "due today" and "N days left" in English', () => {
    const withDays = (n: number) => report({ ...en, deadlines: en.deadlines.map((d) => ({ ...d, daysLeft: n })) });
    expect(withDays(1)).toContain('(1 day left;');
    expect(withDays(0)).toContain('(due today;');
    expect(withDays(5)).toContain('(5 days left;');
    expect(report({ ...zh, deadlines: zh.deadlines.map((d) => ({ ...d, daysLeft: 1 })) })).toContain('（剩余1天；');
  });

  it('puts rule ids at the end of the "Why" lines, and behind verbose on actions', () => {
    const why = report(en)
      .split('\n')
      .filter((line) => line.startsWith('  - ') && line.includes('·'));
    expect(why.length).toBe(en.explanation.length);
    for (const [i, line] of why.entries()) expect(line.endsWith(`· ${en.explanation[i]!.rule}`), line).toBe(true);
    expect(report(en)).not.toContain('[to do] Preserve and back up all evidence now  ·');
    expect(report(en, true)).toContain('[to do] Preserve and back up all evidence now  · common.preserve_evidence');
  });
});
