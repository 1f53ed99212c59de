import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import {
  copyCommonOptions,
  type ComplaintToCaseOptions,
  type WalletComplaintCase,
} from './complaint-to-case-options.js';
import { parseFeed } from './parse-feed.js';

const localTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'expected an Alipay time such as 2026-11-03 14:00:00 (Beijing time)');
const yuan = z.string().regex(/^\d+(\.\d{1,2})?$/, 'expected an amount in yuan such as 128.00');

/**
 * The fields of an Alipay 交易投诉 detail (`alipay.merchant.tradecomplain.query`) the adapter reads.
 *
 * @example
 * AlipayTradeComplaintDetailSchema.safeParse(gatewayJson.alipay_merchant_tradecomplain_query_response).success;
 */
export const AlipayTradeComplaintDetailSchema = z.looseObject({
  complain_event_id: z.string().min(1),
  status: z.enum([
    'MERCHANT_PROCESSING',
    'MERCHANT_FEEDBACKED',
    'FINISHED',
    'CANCELLED',
    'PLATFORM_PROCESSING',
    'PLATFORM_FINISH',
    'CLOSED',
    'MERCHANT_FEEDBACK_OVERTIME',
  ]),
  trade_no: z.string().optional(),
  merchant_order_no: z.string().optional(),
  gmt_create: localTime,
  leaf_category_name: z.string().optional(),
  complain_reason: z.string().optional(),
  trade_amount: yuan.optional(),
});

/**
 * An Alipay 交易投诉 detail.
 *
 * @example
 * const detail = gatewayJson.alipay_merchant_tradecomplain_query_response as AlipayTradeComplaintDetail;
 */
export type AlipayTradeComplaintDetail = z.infer<typeof AlipayTradeComplaintDetailSchema>;

const STATES = {
  MERCHANT_PROCESSING: 'pending',
  MERCHANT_FEEDBACKED: 'processing',
  FINISHED: 'processed',
  CANCELLED: 'withdrawn',
  PLATFORM_PROCESSING: 'platform_assisting',
  PLATFORM_FINISH: 'closed',
  CLOSED: 'closed',
  MERCHANT_FEEDBACK_OVERTIME: 'overdue',
} as const;

const WRAPPER = 'alipay_merchant_tradecomplain_query_response';

/** The detail itself, whether given bare or inside the gateway's response wrapper. */
function unwrap(input: unknown): unknown {
  const wrapped = input !== null && typeof input === 'object' && WRAPPER in input;
  if (wrapped) return (input as Record<string, unknown>)[WRAPPER];
  return input;
}

/**
 * Turns an Alipay 交易投诉 detail into a `wallet_complaint` case. Alipay's times carry no offset and
 * are read as Beijing time (+08:00); a complaint whose demand (`leaf_category_name`) or reason
 * mentions 退款 is a refund-type complaint. Throws an `InvalidCaseError` whose issues point into
 * the detail when a field the adapter reads is malformed.
 *
 * @example
 * const kase = alipayTradeComplaintToCase(gatewayJson, { asOf: '2026-11-04T10:00:00+08:00' });
 * const result = await createTriage().triage(kase);
 */
export function alipayTradeComplaintToCase(detail: unknown, options: ComplaintToCaseOptions = {}): WalletComplaintCase {
  const d = parseFeed(AlipayTradeComplaintDetailSchema, unwrap(detail));
  const demand = `${d.leaf_category_name ?? ''} ${d.complain_reason ?? ''}`;
  const held = d.trade_no !== undefined || d.merchant_order_no !== undefined;
  const kase: WalletComplaintCase = {
    id: options.caseId ?? `alipay-${d.complain_event_id}`,
    scenario: 'wallet_complaint',
    transaction: { network: 'alipay', entryMode: 'qr' },
    complaint: {
      platform: 'alipay',
      id: d.complain_event_id,
      receivedAt: `${d.gmt_create.replace(' ', 'T')}+08:00`,
      state: STATES[d.status],
    },
    evidence: held ? ['wallet_order_numbers'] : [],
  };
  if (d.trade_amount !== undefined) kase.transaction!.amount = Number(d.trade_amount);
  if (d.trade_no !== undefined) kase.transaction!.reference = d.trade_no;
  if (d.leaf_category_name !== undefined || d.complain_reason !== undefined) {
    kase.complaint.problemType = demand.includes('退款') ? 'refund' : 'other';
  }
  return copyCommonOptions(kase, options);
}
