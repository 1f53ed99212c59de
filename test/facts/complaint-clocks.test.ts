import { describe, expect, it } from 'vitest';
import { createTriage, isInvalidCaseError } from '../../src/index.js';

const triage = createTriage();

type TestCase = { complaint: Record<string, unknown> } & Record<string, unknown>;

function wechatCase(receivedAt: string, asOf: string, extra: Record<string, unknown> = {}): TestCase {
  return {
    id: 'clock',
    scenario: 'wallet_complaint',
    asOf,
    complaint: {
      platform: 'wechat_pay',
      state: 'pending',
      problemType: 'refund',
      indirect: false,
      receivedAt,
      ...extra,
    },
  };
}

async function issuesOf(kase: unknown) {
  try {
    await triage.triage(kase);
  } catch (error) {
    if (isInvalidCaseError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected the case to be rejected');
}

describe('the complaint object', () => {
  it('names the path, what was expected and what was found for an unknown state', async () => {
    const issues = await issuesOf(
      wechatCase('2026-11-03T14:00:00+08:00', '2026-11-03T15:00:00+08:00', { state: 'open' }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: '/complaint/state', message: expect.stringContaining('"open"') }),
    ]);
  });

  it('rejects a misspelt complaint field instead of ignoring it', async () => {
    const issues = await issuesOf(
      wechatCase('2026-11-03T14:00:00+08:00', '2026-11-03T15:00:00+08:00', { dueDate: '2026-11-04' }),
    );
    expect(issues.map((i) => i.path)).toEqual(['/complaint/dueDate']);
    expect(issues[0]!.message).toContain('dueDate');
  });
});

describe('hour clocks of a WeChat Pay complaint', () => {
  it('puts the reply 24 calendar hours and the finish 72 hours after creation, straight through a holiday', async () => {
    // 2026-10-01 is National Day: a working-day clock would move; WeChat's hours do not.
    const result = await triage.triage(wechatCase('2026-09-30T14:00:00+08:00', '2026-09-30T15:00:00+08:00'));
    const due = Object.fromEntries(result.deadlines.map((d) => [d.id, d.dueAt]));
    expect(due).toMatchObject({
      wallet_reply: '2026-10-01T14:00:00+08:00',
      wallet_processing: '2026-10-03T14:00:00+08:00',
    });
    expect(result.deadlines.find((d) => d.id === 'wallet_reply')!.basis).toContain('24');
  });

  it('turns the reply overdue at exactly 24 hours, not a minute before', async () => {
    const before = await triage.triage(wechatCase('2026-11-03T14:00:00+08:00', '2026-11-04T13:59:00+08:00'));
    const at = await triage.triage(wechatCase('2026-11-03T14:00:00+08:00', '2026-11-04T14:00:00+08:00'));
    expect(before.warnings.map((w) => w.code)).not.toContain('wallet_reply_overdue');
    expect(at.warnings.map((w) => w.code)).toContain('wallet_reply_overdue');
    expect(at.severity).toBe('critical');
  });

  it('counts a plain creation date from the start of that day in the case zone', async () => {
    const result = await triage.triage(wechatCase('2026-11-03', '2026-11-03T09:00:00+08:00'));
    expect(result.deadlines.find((d) => d.id === 'wallet_reply')!.dueAt).toBe('2026-11-04T00:00:00+08:00');
  });

  it('follows a parameter override of the reply window', async () => {
    const custom = createTriage({ parameters: { wechat_reply_hours: 12 } });
    const result = await custom.triage(wechatCase('2026-11-03T14:00:00+08:00', '2026-11-03T15:00:00+08:00'));
    expect(result.deadlines.find((d) => d.id === 'wallet_reply')!.dueAt).toBe('2026-11-04T02:00:00+08:00');
  });

  it("uses the complaint's own dueAt instead of the hour clocks when the platform shows one", async () => {
    const kase = wechatCase('2026-11-03T14:00:00+08:00', '2026-11-03T15:00:00+08:00');
    kase.complaint = { ...kase.complaint, platform: 'alipay', dueAt: '2026-11-05T09:30:00+08:00' };
    const result = await triage.triage(kase);
    expect(result.deadlines.map((d) => [d.id, d.dueAt])).toEqual([
      ['wallet_platform_due', '2026-11-05T09:30:00+08:00'],
    ]);
  });

  it('applies no wallet hour clock to a UnionPay-QR complaint and sends the merchant to the acquirer', async () => {
    const kase = wechatCase('2026-11-03T14:00:00+08:00', '2026-11-03T15:00:00+08:00');
    kase.complaint = { ...kase.complaint, platform: 'unionpay_qr' };
    const result = await triage.triage(kase);
    expect(result.deadlines).toEqual([]);
    expect(result.escalation.channel).toBe('acquirer_customer_service');
    expect(result.warnings.map((w) => w.code)).toContain('unionpay_qr_uncertain');
  });
});
