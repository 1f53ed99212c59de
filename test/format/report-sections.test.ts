// The readable report's sections line by line, built from a real triage of a small case (a denied
// UnionPay retrieval, one piece of evidence held) at two moments: before the answer is due, and
// after it has passed. What the lines say comes from the result; how they are laid out is checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createTriage, formatIcs, formatMarkdown, formatReport, type Result } from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';

const triage = createTriage();
const kase = JSON.parse(readFileSync(join(ROOT, 'fixtures/chargeback/retrieval-denied-unionpay.case.json'), 'utf8'));
const LATE = '2026-12-20T10:00:00+08:00';
const en = await triage.triage(kase);
const enLate = await triage.triage({ ...kase, asOf: LATE });
const zhLate = await triage.triage({ ...kase, asOf: LATE, locale: 'zh-CN' });
const options = { ruleSet: triage.ruleSet };
const lines = (result: Result, more: { verbose?: boolean; color?: boolean } = {}) =>
  formatReport(result, { ...options, ...more }).split('\n');
/** The lines of one section: after its heading, up to the blank line that ends it. */
const section = (result: Result, heading: string, more = {}) => {
  const all = lines(result, more);
  const start = all.indexOf(heading);
  expect(start, heading).toBeGreaterThan(0);
  const end = all.indexOf('', start);
  return all.slice(start + 1, end);
};
const defend = (result: Result) => result.actions.findIndex((action) => action.dueAt !== undefined);

describe('formatReport sections', () => {
  it('numbers the actions, with the status in brackets and the due date after a comma', () => {
    const actions = section(en, 'Action path');
    expect(actions).toHaveLength(en.actions.length);
    expect(actions[0]).toBe(`  1. [to do] ${en.actions[0]!.label}`);
    const i = defend(en);
    expect(i).toBeGreaterThan(0);
    expect(actions[i]).toBe(`  ${i + 1}. [to do] ${en.actions[i]!.label}, by Tue 10 Nov, 23:59`);
  });

  it('marks an action past its date as overdue, in full-width brackets with no space in Chinese', () => {
    const i = defend(zhLate);
    expect(zhLate.actions[i]!.status).toBe('overdue');
    expect(section(zhLate, '建议步骤')[i]).toBe(
      `  ${i + 1}. 【已逾期】${zhLate.actions[i]!.label}，11月10日（周二）23:59前`,
    );
    expect(section(enLate, 'Action path')[i]).toMatch(/^ {2}\d+\. \[OVERDUE\] /);
    const done = { ...en, actions: en.actions.map((action) => ({ ...action, status: 'done' as const })) };
    expect(section(done, 'Action path')[0]).toBe(`  1. [done] ${en.actions[0]!.label}`);
  });

  it('ticks held evidence and says required or recommended, and missing only when it is', () => {
    const held = en.evidence.find((item) => item.held)!;
    const missing = en.evidence.find((item) => !item.held && !item.required)!;
    expect(section(en, 'Evidence checklist')).toEqual(
      expect.arrayContaining([`  [x] ${held.label} (required)`, `  [ ] ${missing.label} (recommended, missing)`]),
    );
    const zhHeld = zhLate.evidence.find((item) => item.held)!;
    expect(section(zhLate, '证据清单')).toContain(`  [x] ${zhHeld.label}（必需）`);
    expect(section(zhLate, '证据清单').filter((line) => line.endsWith('，缺少）'))).toHaveLength(
      zhLate.evidence.filter((item) => !item.held).length,
    );
  });

  it('names the next channel and the ladder by their labels, with "now" or a local date', () => {
    const labelOf = (id: string) => triage.ruleSet.catalog.channels[id]!.label;
    const [first, reason, ...rest] = section(en, 'Next channel');
    expect(first).toBe(`  ${en.escalation.label}: now`);
    expect(reason).toBe(`  ${en.escalation.reason}`);
    expect(en.escalation.ladder.length).toBeGreaterThan(0);
    expect(rest).toEqual([`  then: ${en.escalation.ladder.map((id) => labelOf(id).en).join(' → ')}`]);
    expect(rest[0]).not.toContain(en.escalation.ladder[0]!);
    const [, ...zhRest] = section(zhLate, '下一步渠道');
    expect(zhRest.at(-1)).toBe(`  后续：${zhLate.escalation.ladder.map((id) => labelOf(id)['zh-CN']).join(' → ')}`);
    const ids = Object.keys(triage.ruleSet.catalog.channels).slice(0, 2);
    const parallel = { ...zhLate, escalation: { ...zhLate.escalation, parallel: ids, ladder: [] } };
    expect(section(parallel, '下一步渠道').at(-1)).toBe(`  同时：${ids.map((id) => labelOf(id)['zh-CN']).join('、')}`);
    const later = { ...en, escalation: { ...en.escalation, when: '2026-11-11T00:00:00+08:00' } };
    expect(section(later, 'Next channel')[0]).toBe(`  ${en.escalation.label}: from Wed 11 Nov, 00:00`);
  });

  it('writes each deadline with days left or expired, its basis, sources and confidence in words', () => {
    const [d] = en.deadlines;
    expect(section(en, 'Deadlines')).toEqual([
      `  - ${d!.label}: by Tue 10 Nov, 23:59 (5 days left; ${d!.basis}; sources [${d!.source.join('][')}], uncertain)`,
    ]);
    const [z] = zhLate.deadlines;
    expect(z!.expired).toBe(true);
    expect(section(zhLate, '时限')).toEqual([
      `  - ${z!.label}：11月10日（周二）23:59前（已过期；${z!.basis}；来源 [${z!.source.join('][')}]，待核实）`,
    ]);
  });

  it('names the rules behind actions and deadlines only with verbose', () => {
    const [d] = en.deadlines;
    const plain = section(en, 'Deadlines')[0]!;
    const verbose = section(en, 'Deadlines', { verbose: true })[0]!;
    expect(plain).not.toContain('·');
    expect(verbose).toBe(`${plain}  · ${d!.rules.join(', ')}`);
    const actions = section(en, 'Action path', { verbose: true });
    for (const [i, action] of en.actions.entries())
      expect(actions[i]!.endsWith(`  · ${action.rules.join(', ')}`)).toBe(true);
  });

  it('lists warnings with "!" and sources with their kind and date, full-width in Chinese', () => {
    expect(section(en, 'Warnings')).toEqual(en.warnings.map((warning) => `  ! ${warning.message}`));
    const [s] = en.sources;
    const url = s!.url ? ` <${s!.url}>` : '';
    expect(section(en, 'Sources')[0]).toBe(
      `  [${s!.key}] ${s!.publisher}: ${s!.title}${url} (${s!.kind}, seen ${s!.seen})`,
    );
    const zhSources = section(zhLate, '来源');
    expect(zhSources[0]).toBe(`  [${s!.key}] ${s!.publisher}：${s!.title}${url}（${s!.kind}，查阅于 ${s!.seen}）`);
    for (const line of zhSources) expect(line).not.toContain('; ');
    const twoPublishers = { ...zhLate, sources: [{ ...s!, publisher: 'PBOC; NFRA' }] };
    expect(section(twoPublishers, '来源')[0]).toMatch(/^ {2}\[\w+\] PBOC；NFRA：/);
  });

  it('ends with the rule set: its version and the hash cut to 12 hex digits', () => {
    const all = lines(en);
    expect(all.at(-1)).toBe('');
    expect(all.at(-2)).toBe(`Rules: ${en.ruleset.version} ${en.ruleset.hash.slice(0, 19)}`);
    expect(all.at(-2)).toMatch(/ sha256:[0-9a-f]{12}$/);
    expect(lines(zhLate).at(-2)).toMatch(/^规则集：/);
  });

  it('paints only with color, and shows control characters from the case escaped', async () => {
    expect(formatReport(enLate, options)).not.toContain('\u001b');
    const painted = lines(zhLate, { color: true });
    expect(painted[0]).toBe(`\u001b[1m纠纷处理建议：${zhLate.caseId}\u001b[0m`);
    expect(painted.join('\n')).toContain('（\u001b[31m已过期\u001b[0m；');
    const hostile = await triage.triage({ ...kase, id: 'case\u001b[2J-1' });
    expect(lines(hostile)[0]).toBe('Dispute triage: case\\u{1b}[2J-1');
  });
});

describe('formatMarkdown and formatIcs lines', () => {
  it('writes the actions as a numbered list and the evidence as ticked boxes, escaping Markdown', () => {
    const md = formatMarkdown(en, options).split('\n');
    const i = defend(en);
    expect(md).toContain(`${i + 1}. ${en.actions[i]!.label} (to do, due ${en.actions[i]!.dueAt})`);
    const held = en.evidence.find((item) => item.held)!;
    expect(md).toContain(`- ☑ ${held.label} (required, held)`);
    expect(md).toContain('- Cause: customer\\_denies\\_purchase');
  });

  it('describes each deadline event with its date, basis, sources and confidence, "expired" first when it is', () => {
    const description = (result: Result) =>
      new ICAL.Component(ICAL.parse(formatIcs(result)))
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
        .find((event) => event.uid.includes('.deadline.'))!.description;
    const [d] = en.deadlines;
    const rest = `due ${d!.dueAt}. basis: ${d!.basis}. sources: ${d!.source.join(', ')} (${d!.confidence})`;
    expect(description(en)).toBe(rest);
    expect(description(enLate)).toBe(`expired. ${rest}`);
  });
});
