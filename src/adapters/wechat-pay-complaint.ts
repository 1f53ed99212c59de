import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { isTimestamp } from '../case/schema.js';
import {
  copyCommonOptions,
  yuanOfFen,
  type ComplaintToCaseOptions,
  type WalletComplaintCase,
} from './complaint-to-case-options.js';
import { parseFeed } from './parse-feed.js';

const fen = z.number().int().min(0);
const rfc3339 = z.string().refine(isTimestamp, {
  message: 'expected an RFC 3339 time with an offset such as 2026-11-03T14:00:00+08:00',
});

/**
 * The fields of a WeChat Pay 消费者投诉2.0 complaint detail
 * (`GET /v3/merchant-service/complaints-v2/{id}`) the adapter reads; other fields are allowed and
 * ignored, since WeChat adds fields over time.
 *
 * @example
 * WechatPayComplaintDetailSchema.safeParse(await response.json()).success;
 */
export const WechatPayComplaintDetailSchema = z.looseObject({
  complaint_id: z.string().min(1),
  complaint_time: rfc3339,
  complaint_state: z.enum(['PENDING', 'PROCESSING', 'PROCESSED']),
  complaint_order_info: z
    .array(z.looseObject({ transaction_id: z.string(), out_trade_no: z.string(), amount: fen }))
    .optional(),
  complaint_full_refunded: z.boolean().optional(),
  incoming_user_response: z.boolean().optional(),
  user_complaint_times: z.number().int().min(1).optional(),
  problem_type: z.enum(['REFUND', 'SERVICE_NOT_WORK', 'OTHERS']).optional(),
  apply_refund_amount: fen.optional(),
  in_platform_service: z.boolean().optional(),
});

/**
 * A WeChat Pay complaint detail as its API returns it.
 *
 * @example
 * const detail = (await response.json()) as WechatPayComplaintDetail;
 */
export type WechatPayComplaintDetail = z.infer<typeof WechatPayComplaintDetailSchema>;

const STATES = { PENDING: 'pending', PROCESSING: 'processing', PROCESSED: 'processed' } as const;
const PROBLEM_TYPES = { REFUND: 'refund', SERVICE_NOT_WORK: 'service_not_work', OTHERS: 'other' } as const;

/**
 * Turns a WeChat Pay 消费者投诉2.0 complaint detail into a `wallet_complaint` case. Amounts in fen
 * become yuan; `user_complaint_times` (1 for a first complaint) becomes `continuedTimes`; an open
 * complaint with `in_platform_service` becomes `platform_assisting`. Throws an `InvalidCaseError`
 * whose issues point into the detail when a field the adapter reads is malformed.
 *
 * @example
 * const kase = wechatPayComplaintToCase(detail, { asOf: '2026-11-04T10:00:00+08:00' });
 * const result = await createTriage().triage(kase);
 */
export function wechatPayComplaintToCase(detail: unknown, options: ComplaintToCaseOptions = {}): WalletComplaintCase {
  const d = parseFeed(WechatPayComplaintDetailSchema, detail);
  const orders = d.complaint_order_info ?? [];
  const open = d.complaint_state !== 'PROCESSED';
  const kase: WalletComplaintCase = {
    id: options.caseId ?? `wechat_pay-${d.complaint_id}`,
    scenario: 'wallet_complaint',
    complaint: {
      platform: 'wechat_pay',
      id: d.complaint_id,
      receivedAt: d.complaint_time,
      state: open && d.in_platform_service === true ? 'platform_assisting' : STATES[d.complaint_state],
    },
    evidence: orders.length > 0 ? ['wallet_order_numbers'] : [],
  };
  if (orders.length > 0) {
    const amount = orders.reduce((sum, order) => sum + order.amount, 0);
    const reference = orders[0]!.transaction_id;
    kase.transaction = { amount: yuanOfFen(amount), network: 'wechat_pay', entryMode: 'qr', reference };
  } else kase.transaction = { network: 'wechat_pay', entryMode: 'qr' };
  if (d.problem_type !== undefined) kase.complaint.problemType = PROBLEM_TYPES[d.problem_type];
  if (d.apply_refund_amount !== undefined) kase.complaint.refundRequestedAmount = yuanOfFen(d.apply_refund_amount);
  if (d.user_complaint_times !== undefined) kase.complaint.continuedTimes = d.user_complaint_times - 1;
  if (d.complaint_full_refunded === true) kase.signals = { alreadyRefunded: true };
  return copyCommonOptions(kase, options);
}
