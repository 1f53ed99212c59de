import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTriage, draftDocument, isTriageError, type Locale } from '../../src/index.js';
import { runCli } from '../support/cli.js';
import { ROOT, listFixtures } from '../support/fixtures.js';

const triage = createTriage();

const deposit = {
  id: 'doc-deposit-1',
  scenario: 'deposit_not_returned',
  asOf: '2026-11-14T10:00:00+08:00',
  acquirer: { name: '示例支付有限公司', kind: 'payment_institution' },
  deposit: { amount: 2000, paidAt: '2026-01-10', refundDueAt: '2026-07-10' },
  contacts: [
    { channel: 'acquirer_written_complaint', at: '2026-09-28T02:00:00Z', responded: false, reference: 'TS-8812' },
    { channel: 'counterparty_negotiation', at: '2026-08-01T10:00:00+08:00', responded: true },
  ],
  evidence: ['complaint_submission_receipt', 'agent_agreement', 'deposit_payment_proof'],
};

describe('draftDocument', () => {
  it('fills parties, local dates, amounts and references from the case, and marks the rest as listed blanks', async () => {
    const result = await triage.triage(deposit);
    const draft = draftDocument(deposit, result, { channel: 'acquirer_written_complaint' });
    expect(draft).toMatchObject({
      channel: 'acquirer_written_complaint',
      format: 'md',
      template: 'head_office_complaint',
    });
    expect(draft.text).toContain('致：示例支付有限公司总部客户投诉处理部门');
    expect(draft.text).toContain('人民币2,000.00元');
    expect(draft.text).toContain('2026年1月10日');
    // 02:00 UTC is 10:00 in Asia/Shanghai, the case's zone; the reference number is carried over.
    expect(draft.text).toContain('2026年9月28日10:00　机构总部书面投诉：未获答复（编号：TS-8812）');
    expect(draft.blanks).toContain('商户名称（与营业执照一致）');
    expect(draft.blanks).not.toContain('收单机构（持牌机构）名称');
    const [notice, body] = draft.text.split('\n\n# ');
    for (const label of draft.blanks) {
      expect(notice).toContain(`> - ${label}`);
      expect(body).toContain(`【请填写：${label}】`);
    }
    expect(new Set(draft.blanks).size).toBe(draft.blanks.length);
  });

  it('lists what was tried in time order and the evidence held in date order, each with what it proves', async () => {
    const result = await triage.triage(deposit);
    const draft = draftDocument(deposit, result, { channel: 'acquirer_written_complaint' });
    expect(draft.text.indexOf('2026年8月1日10:00')).toBeLessThan(draft.text.indexOf('2026年9月28日10:00'));
    const evidence = draft.text.split('## 六、附件清单')[1]!;
    expect(evidence).toMatch(/1\. 押金收据\/转账记录（2026年1月10日），证明押金已实际支付/);
    expect(evidence.indexOf('押金收据')).toBeLessThan(evidence.indexOf('代理商/服务商机具协议'));
  });

  it('leaves a missing fact blank instead of inventing it, in English too', async () => {
    const bare = {
      id: 'doc-bare',
      scenario: 'deposit_not_returned',
      asOf: '2026-11-14T10:00:00+08:00',
      locale: 'en' as const,
    };
    const result = await triage.triage(bare);
    const draft = draftDocument(bare, result, { channel: 'counterparty_negotiation' });
    expect(draft.template).toBe('deposit_demand_letter');
    expect(draft.text).toMatch(/^> \*\*Fill in the following before sending/);
    expect(draft.text).toContain('a terminal deposit of [fill in: deposit amount]');
    expect(draft.blanks).toEqual(
      expect.arrayContaining(['deposit amount', 'date the deposit was paid', "the agent's address"]),
    );
    expect(draft.text).not.toMatch(/undefined|null|NaN|\{\{/);
  });

  it('drafts every template for every fixture of its scenario in both locales without a stray placeholder', async () => {
    const fixtures = listFixtures();
    let drafts = 0;
    for (const fixture of fixtures) {
      const outcome = await triage.safeTriage(fixture.kase);
      if (!outcome.ok) continue;
      for (const template of triage.ruleSet.templates.templates) {
        if (template.scenarios && !template.scenarios.includes(outcome.result.scenario)) continue;
        for (const locale of ['zh-CN', 'en'] as Locale[]) {
          const draft = draftDocument(fixture.kase, outcome.result, { channel: template.channels[0], locale });
          expect(draft.text, `${fixture.name} ${template.id} ${locale}`).not.toMatch(
            /\{\{|\}\}|\[\[|\]\]|undefined|null|NaN/,
          );
          drafts += 1;
        }
      }
    }
    expect(drafts).toBeGreaterThan(1000);
  });

  it('writes one escaped, printable HTML page with the blanks marked', async () => {
    const hostile = { ...deposit, acquirer: { name: '<img src=x onerror=alert(1)>', kind: 'bank' as const } };
    const result = await triage.triage(hostile);
    const draft = draftDocument(hostile, result, { channel: 'acquirer_written_complaint', format: 'html' });
    expect(draft.format).toBe('html');
    expect(draft.text).toMatch(/^<!DOCTYPE html>/);
    expect(draft.text).toContain('@media print');
    expect(draft.text).not.toContain('<img');
    expect(draft.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(draft.text).toContain('<mark>【请填写：商户名称（与营业执照一致）】</mark>');
    expect(draft.text).toContain('<h1>投诉书</h1>');
  });

  it('answers a channel without a template with the stable code no_template, and a bad case with invalid_case', async () => {
    const result = await triage.triage(deposit);
    const attempt = (channel: string, input: unknown = deposit) => {
      try {
        draftDocument(input, result, { channel });
      } catch (error) {
        if (isTriageError(error)) return error.code;
        throw error;
      }
      return 'drafted';
    };
    expect(attempt('unionpay_95516')).toBe('no_template');
    expect(attempt('acquirer_written_complaint', { ...deposit, deposit: { amount: 'lots' } })).toBe('invalid_case');
    // The demand letter is for deposit cases only: a refund case's negotiation has no template.
    const refund = { id: 'r', scenario: 'refund_request', asOf: '2026-11-14T10:00:00+08:00' };
    expect(attempt('counterparty_negotiation', refund)).toBe('no_template');
  });
});

describe('dispute-triage draft', () => {
  const path = listFixtures().find((f) => f.name === 'deposit_not_returned/deposit_withheld-no-demand-yet')!.casePath;

  it('prints the next channel’s document, with the blanks summarised on standard error', () => {
    const out = runCli(['draft', path]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('# 催告函');
    expect(out.stderr).toMatch(/^draft: \d+ blanks to fill in: /);
    const html = runCli(['draft', path, '--format', 'html', '--channel', 'samr_12315']);
    expect(html.status, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>[^]*<h1>消费投诉书<\/h1>/);
  });

  it('exits 1 with no_template for a channel without a document, and 2 for a bad --format', () => {
    const none = runCli(['draft', path, '--channel', 'unionpay_95516']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('No document template for channel "unionpay_95516"');
    expect(runCli(['draft', path, '--format', 'pdf']).status).toBe(2);
  });
});

describe('README documents example', () => {
  it('is printed by dispute-triage draft exactly as shown', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const match = /```text\n\$ dispute-triage draft (\S+)\n([^]*?)```/.exec(readme);
    expect(match).not.toBeNull();
    const out = runCli(['draft', match![1]!], { cwd: ROOT });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(match![2]);
  });
});
