import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AlipayTradeComplaintDetailSchema,
  alipayTradeComplaintToCase,
  wechatPayComplaintToCase,
} from '../../src/adapters.js';
import { createTriage, isInvalidCaseError } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';

const triage = createTriage();
const detail = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, 'adapters', name), 'utf8')) as Record<string, unknown>;
const asOf = '2026-11-04T10:00:00+08:00';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isInvalidCaseError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected the detail to be rejected');
}

describe('wechatPayComplaintToCase', () => {
  it('turns a pending refund complaint into a case with fen as yuan and the 24/72 h clocks from complaint_time', async () => {
    const kase = wechatPayComplaintToCase(detail('wechat-pay-pending-refund.detail.json'), { asOf, indirect: false });
    expect(kase).toMatchObject({
      id: 'wechat_pay-200000020261103140012345678',
      transaction: { amount: 128, network: 'wechat_pay', entryMode: 'qr', reference: '4200002026110312345678901' },
      complaint: {
        platform: 'wechat_pay',
        state: 'pending',
        problemType: 'refund',
        refundRequestedAmount: 128,
        continuedTimes: 0,
        receivedAt: '2026-11-03T14:00:00+08:00',
      },
      evidence: ['wallet_order_numbers'],
    });
    const result = await triage.triage(kase);
    expect(result.deadlines.map((d) => [d.id, d.dueAt])).toEqual([
      ['wallet_reply', '2026-11-04T14:00:00+08:00'],
      ['wallet_processing', '2026-11-06T14:00:00+08:00'],
    ]);
    expect(result.actions.map((a) => a.id)).toContain('refund_through_wallet');
    expect(result.escalation.channel).toBe('wallet_merchant_complaint');
  });

  it('reads in_platform_service as platform assistance and user_complaint_times 2 as one continuation', async () => {
    const kase = wechatPayComplaintToCase(detail('wechat-pay-continued-platform-service.detail.json'), { asOf });
    expect(kase.complaint).toMatchObject({
      state: 'platform_assisting',
      problemType: 'service_not_work',
      continuedTimes: 1,
    });
    const result = await triage.triage(kase);
    expect(result.warnings.map((w) => w.code)).toContain('wallet_repeat_complaint');
    expect(result.deadlines.map((d) => [d.id, d.dueAt])).toEqual([['wallet_processing', '2026-11-05T09:15:00+08:00']]);
  });

  it('marks a fully refunded complaint as already refunded', () => {
    const kase = wechatPayComplaintToCase({
      ...detail('wechat-pay-pending-refund.detail.json'),
      complaint_full_refunded: true,
    });
    expect(kase.signals).toEqual({ alreadyRefunded: true });
  });

  it('names the offending field of a malformed detail by its JSON pointer', () => {
    const broken = {
      ...detail('wechat-pay-pending-refund.detail.json'),
      complaint_state: 'OPEN',
      apply_refund_amount: '12800',
    };
    const issues = issuesOf(() => wechatPayComplaintToCase(broken));
    expect(issues.map((i) => i.path).sort()).toEqual(['/apply_refund_amount', '/complaint_state']);
    expect(issues.find((i) => i.path === '/complaint_state')!.message).toContain('"OPEN"');
  });

  it('rejects something that is not a complaint detail at all', () => {
    expect(issuesOf(() => wechatPayComplaintToCase('PENDING')).map((i) => i.path)).toEqual(['']);
  });
});

describe('alipayTradeComplaintToCase', () => {
  it('unwraps the gateway response, reads Beijing time and a 退款 demand as a refund complaint', async () => {
    const kase = alipayTradeComplaintToCase(detail('alipay-trade-complaint-refund.response.json'), {
      asOf,
      caseId: 'ali-1',
      indirect: true,
    });
    expect(kase).toMatchObject({
      id: 'ali-1',
      transaction: { amount: 256, network: 'alipay', reference: '2026110322001412345678901234' },
      complaint: {
        platform: 'alipay',
        state: 'pending',
        problemType: 'refund',
        receivedAt: '2026-11-03T16:30:00+08:00',
        indirect: true,
      },
    });
    const result = await triage.triage(kase);
    expect(result.deadlines.map((d) => [d.id, d.dueAt, d.confidence])).toEqual([
      ['wallet_reply', '2026-11-04T16:30:00+08:00', 'uncertain'],
      ['wallet_processing', '2026-11-06T16:30:00+08:00', 'uncertain'],
    ]);
    expect(result.escalation.channel).toBe('service_provider');
  });

  it('maps each documented status onto the case states', () => {
    const base = detail('alipay-trade-complaint-refund.response.json')
      .alipay_merchant_tradecomplain_query_response as Record<string, unknown>;
    // Every status the schema accepts (Alipay's documented list, written once in the adapter).
    const states = AlipayTradeComplaintDetailSchema.shape.status.options;
    expect(states).toHaveLength(8);
    expect(states.map((status) => alipayTradeComplaintToCase({ ...base, status }).complaint.state)).toEqual([
      'pending',
      'processing',
      'processed',
      'withdrawn',
      'platform_assisting',
      'closed',
      'closed',
      'overdue',
    ]);
  });

  it('names a time with an offset-less format error at its pointer', () => {
    const base = detail('alipay-trade-complaint-refund.response.json')
      .alipay_merchant_tradecomplain_query_response as Record<string, unknown>;
    const issues = issuesOf(() => alipayTradeComplaintToCase({ ...base, gmt_create: '2026/11/03 16:30' }));
    expect(issues).toEqual([
      expect.objectContaining({ path: '/gmt_create', message: expect.stringContaining('Beijing time') }),
    ]);
  });
});
