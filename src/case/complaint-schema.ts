import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { COMPLAINT_PLATFORMS, COMPLAINT_PROBLEM_TYPES, COMPLAINT_STATES, PLATFORM_ACTIONS } from './case-enums.js';

export { COMPLAINT_PLATFORMS, COMPLAINT_PROBLEM_TYPES, COMPLAINT_STATES, PLATFORM_ACTIONS } from './case-enums.js';

/** The field schemas the complaint object reuses from the case schema, so limits stay in one place. */
export interface ComplaintFieldSchemas {
  text: z.ZodString;
  timestamp: z.ZodType<string>;
  amount: z.ZodType<number>;
}

/**
 * The case's `complaint` object: a payer's complaint inside WeChat Pay, Alipay or a UnionPay-QR app.
 *
 * @example
 * const schema = createComplaintSchema({ text: z.string(), timestamp: z.string(), amount: z.number() });
 * schema.parse({ platform: 'wechat_pay', state: 'pending', receivedAt: '2026-11-03T14:00:00+08:00' });
 */
export function createComplaintSchema({ text, timestamp, amount }: ComplaintFieldSchemas) {
  return z
    .strictObject({
      platform: z
        .enum(COMPLAINT_PLATFORMS)
        .optional()
        .describe('The wallet the payer complained in: wechat_pay, alipay or unionpay_qr.'),
      id: text.optional().describe('The complaint number the wallet shows (WeChat complaint_id, Alipay complain id).'),
      receivedAt: timestamp
        .optional()
        .describe('When the complaint was created; the platform counts its reply and processing limits from here.'),
      state: z
        .enum(COMPLAINT_STATES)
        .optional()
        .describe("The complaint state, the platform's own state mapped onto this list."),
      problemType: z
        .enum(COMPLAINT_PROBLEM_TYPES)
        .optional()
        .describe('What the payer complains about: refund (a refund request), service_not_work or other.'),
      refundRequestedAmount: amount.optional().describe('The refund amount the payer asks for, in yuan.'),
      continuedTimes: z
        .number()
        .int()
        .min(0)
        .max(1000)
        .optional()
        .describe('How many times the payer continued (re-opened) the complaint; 0 for a first complaint.'),
      repliedAt: timestamp.optional().describe('When the merchant first replied to the payer inside the complaint.'),
      dueAt: timestamp
        .optional()
        .describe('The deadline the platform shows for this complaint (Alipay shows one per complaint).'),
      via12315: z
        .boolean()
        .optional()
        .describe('True when the complaint was forwarded with a 12315 market-regulation intervention.'),
      indirect: z
        .boolean()
        .optional()
        .describe('True when the merchant joined through a service provider or bank (间连), which holds the tools.'),
      platformAction: z
        .enum(PLATFORM_ACTIONS)
        .optional()
        .describe('What the platform did: none, deducted_and_refunded, collection_limited or account_frozen.'),
    })
    .describe("The payer's complaint in the wallet app (wallet_complaint cases).");
}
