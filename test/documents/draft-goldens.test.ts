import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTriage, draftDocument, type Locale } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';

// One drafted document per scenario and per template, kept as golden files beside the fixture:
// fixtures/<scenario>/<name>.draft.<channel>[.en].<md|html>. UPDATE_GOLDEN=1 rewrites them (read the diff).
const DRAFTS: Array<{ fixture: string; channel?: string; locale?: Locale; format?: 'md' | 'html' }> = [
  { fixture: 'chargeback/paid_by_other_means-visa-12-6-2-statements-held' },
  { fixture: 'chargeback/paid_by_other_means-visa-12-6-2-statements-held', locale: 'en' },
  { fixture: 'chargeback/paid_by_other_means-visa-12-6-2-statements-held', format: 'html' },
  { fixture: 'chargeback/fraud-police-parallel', channel: 'police_110' },
  { fixture: 'chargeback/customer_denies_purchase-arbitration-bank-acquirer-silent' },
  { fixture: 'chargeback/malicious_refusal-closed-lost-limitation-near' },
  { fixture: 'deposit_not_returned/deposit_withheld-no-demand-yet' },
  { fixture: 'deposit_not_returned/deposit_withheld-no-demand-yet', locale: 'en' },
  { fixture: 'deposit_not_returned/deposit_withheld-agent-refused' },
  { fixture: 'deposit_not_returned/deposit_withheld-consumer' },
  { fixture: 'deposit_not_returned/deposit_withheld-hq-silent' },
  { fixture: 'deposit_not_returned/agent_vanished-arbitration' },
  { fixture: 'funds_not_settled/risk_control_hold-notice-unfreeze' },
  { fixture: 'funds_not_settled/risk_control_hold-notice-unfreeze', locale: 'en' },
  { fixture: 'funds_not_settled/second_level_clearing-individual-payer', channel: 'pcac_report' },
  { fixture: 'funds_not_settled/account_abnormal-regulator-tried-court' },
  { fixture: 'lost_terminal/terminal_stolen-used-after-report' },
  { fixture: 'lost_terminal/terminal_stolen-used-after-report', channel: 'police_110' },
  { fixture: 'provider_unresponsive/agent_vanished-bank-written' },
  { fixture: 'provider_unresponsive/unilateral_fee_change-consumer' },
  { fixture: 'refund_request/not_as_described-arbitration-clause' },
  { fixture: 'refund_request/refund_not_processed-manual-credit-overdue' },
];

const triage = createTriage();
const update = process.env.UPDATE_GOLDEN === '1';

describe('drafted documents match their golden files', () => {
  for (const draft of DRAFTS) {
    const kase = JSON.parse(readFileSync(join(FIXTURES, `${draft.fixture}.case.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    const label = `${draft.fixture} ${draft.channel ?? '(next channel)'} ${draft.locale ?? ''} ${draft.format ?? ''}`;
    it(label, async () => {
      const result = await triage.triage(kase);
      const document = draftDocument(kase, result, {
        channel: draft.channel,
        locale: draft.locale ?? 'zh-CN',
        format: draft.format,
        rules: triage.ruleSet,
      });
      const path = join(
        FIXTURES,
        `${draft.fixture}.draft.${document.channel}${draft.locale === 'en' ? '.en' : ''}.${document.format}`,
      );
      if (update || !existsSync(path)) writeFileSync(path, document.text);
      expect(document.text).toBe(readFileSync(path, 'utf8'));
      expect(document.text.replace(/<style>[^]*<\/style>/, '')).not.toMatch(/\{\{|\}\}|\[\[|\]\]|undefined|null/);
    });
  }

  it('cover every template in the bundled rules', () => {
    const used = new Set<string>();
    for (const draft of DRAFTS) {
      const kase = JSON.parse(readFileSync(join(FIXTURES, `${draft.fixture}.case.json`), 'utf8')) as {
        scenario: string;
      };
      const channel =
        draft.channel ??
        (
          JSON.parse(readFileSync(join(FIXTURES, `${draft.fixture}.expected.json`), 'utf8')) as {
            escalation: { channel: string };
          }
        ).escalation.channel;
      const template = triage.ruleSet.templates.templates.find(
        (t) => t.channels.includes(channel) && (!t.scenarios || t.scenarios.includes(kase.scenario)),
      );
      if (template) used.add(template.id);
    }
    expect([...used].sort()).toEqual(triage.ruleSet.templates.templates.map((t) => t.id).sort());
  });
});
