import { beforeAll, describe, expect, it } from 'vitest';
import { createTriage, type Result } from '../../src/index.js';
import { listFixtures, type Fixture } from '../support/fixtures.js';

const triage = createTriage();
const walletResults: Array<{ fixture: Fixture; result: Result }> = [];

/** A wallet (QR) payment as the issue defines it: a WeChat Pay / Alipay network, a QR entry, or a wallet complaint. */
function isWalletPayment(kase: Record<string, unknown>): boolean {
  const transaction = (kase.transaction ?? {}) as { network?: string; entryMode?: string };
  const complaint = kase.complaint as { platform?: string } | undefined;
  return (
    transaction.network === 'wechat_pay' ||
    transaction.network === 'alipay' ||
    transaction.entryMode === 'qr' ||
    complaint?.platform !== undefined ||
    kase.scenario === 'wallet_complaint'
  );
}

const CARD_ONLY = {
  actions: ['submit_representment', 'consider_prearbitration', 'void_or_refund_original'],
  evidence: ['pos_sales_slip_original', 'cardholder_signature', 'chip_pin_verification_record'],
  channels: ['network_prearbitration', 'acquirer_dispute_desk'],
  warnings: ['refund_to_original_card'],
};

beforeAll(async () => {
  for (const fixture of listFixtures()) {
    if (!isWalletPayment(fixture.kase)) continue;
    const outcome = await triage.safeTriage(fixture.kase);
    if (outcome.ok) walletResults.push({ fixture, result: outcome.result });
  }
});

describe('wallet payments across every scenario', () => {
  it('has wallet-payment fixtures in chargeback, refund_request, lost_terminal and wallet_complaint', () => {
    const scenarios = new Set(walletResults.map(({ result }) => result.scenario));
    for (const scenario of ['chargeback', 'refund_request', 'lost_terminal', 'wallet_complaint'])
      expect(scenarios).toContain(scenario);
  });

  it('never recommends representment, pre-arbitration, a POS slip or a card refund for a wallet payment', () => {
    const offences: string[] = [];
    for (const { fixture, result } of walletResults) {
      const channels = [result.escalation.channel, ...result.escalation.ladder, ...result.escalation.parallel];
      for (const id of result.actions.map((a) => a.id))
        if (CARD_ONLY.actions.includes(id)) offences.push(`${fixture.name}: action ${id}`);
      for (const id of result.evidence.map((e) => e.id))
        if (CARD_ONLY.evidence.includes(id)) offences.push(`${fixture.name}: evidence ${id}`);
      for (const id of channels)
        if (id !== null && CARD_ONLY.channels.includes(id)) offences.push(`${fixture.name}: channel ${id}`);
      for (const code of result.warnings.map((w) => w.code))
        if (CARD_ONLY.warnings.includes(code)) offences.push(`${fixture.name}: warning ${code}`);
      const text = JSON.stringify([result.actions, result.escalation, result.warnings, result.deadlines]);
      for (const phrase of ['原卡', 'original card', '签购单', 'sales slip', '再请款', 'representment']) {
        if (text.includes(phrase)) offences.push(`${fixture.name}: says "${phrase}"`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('answers a chargeback on a WeChat Pay or Alipay payment with a pointer to wallet_complaint and a wallet refund', () => {
    const network = (fixture: Fixture) => (fixture.kase.transaction as { network?: string } | undefined)?.network ?? '';
    const chargebacks = walletResults.filter(
      ({ fixture, result }) => result.scenario === 'chargeback' && ['wechat_pay', 'alipay'].includes(network(fixture)),
    );
    expect(chargebacks.length).toBeGreaterThan(0);
    for (const { fixture, result } of chargebacks) {
      expect(
        result.warnings.map((w) => w.code),
        fixture.name,
      ).toContain('wallet_payment_not_chargeback');
      expect(
        result.actions.map((a) => a.id),
        fixture.name,
      ).toContain('refund_through_wallet');
      expect(
        result.evidence.map((e) => e.id),
        fixture.name,
      ).toContain('wallet_order_numbers');
    }
  });

  it('keeps card advice for the same chargeback paid by card', async () => {
    const wallet = walletResults.find(
      ({ fixture }) => fixture.name === 'chargeback/wallet-wechat-pay-first-chargeback',
    );
    expect(wallet).toBeDefined();
    const kase = structuredClone(wallet!.fixture.kase) as { transaction: Record<string, unknown> };
    kase.transaction.network = 'unionpay';
    kase.transaction.entryMode = 'chip';
    const card = await triage.triage(kase);
    expect(card.warnings.map((w) => w.code)).not.toContain('wallet_payment_not_chargeback');
    expect(card.actions.map((a) => a.id)).toContain('submit_representment');
    expect(card.actions.map((a) => a.id)).not.toContain('refund_through_wallet');
  });

  it('gives the same results from the json-rules-engine evaluator for every wallet fixture (hour facts included)', async () => {
    const engine = createTriage({ evaluator: 'json-rules-engine' });
    for (const { fixture, result } of walletResults)
      expect(await engine.triage(fixture.kase), fixture.name).toEqual(result);
  });
});
