import type { COMPLAINT_STATES } from '../case/complaint-schema.js';
import type { Locale } from '../text.js';
import type { EvidenceId } from '../generated/case-vocabulary.js';

/**
 * What a complaint feed does not carry and the caller knows: the case id, the instant of the
 * advice, the merchant's standing with the wallet.
 *
 * @example
 * const options: ComplaintToCaseOptions = { asOf: '2026-11-04T10:00:00+08:00', indirect: true };
 */
export interface ComplaintToCaseOptions {
  /** The case id; default: the platform and its complaint number. */
  caseId?: string;
  /** The instant the advice is for (ISO 8601 with an offset); default: the triage clock. */
  asOf?: string;
  /** The locale of the result's labels and messages. */
  locale?: Locale;
  /** True when the merchant joined through a service provider or bank (the feed does not say). */
  indirect?: boolean;
  /** What the platform did to the merchant, when the caller knows it from elsewhere. */
  platformAction?: 'none' | 'deducted_and_refunded' | 'collection_limited' | 'account_frozen';
}

/**
 * A wallet_complaint case as the adapters build it: plain JSON for `triage.triage`.
 *
 * @example
 * const kase: WalletComplaintCase = wechatPayComplaintToCase(detail);
 * console.log(kase.complaint.state);
 */
export interface WalletComplaintCase {
  id: string;
  scenario: 'wallet_complaint';
  asOf?: string;
  locale?: Locale;
  transaction?: { amount?: number; network: 'wechat_pay' | 'alipay'; entryMode: 'qr'; reference?: string };
  complaint: {
    platform: 'wechat_pay' | 'alipay';
    id: string;
    receivedAt: string;
    state?: (typeof COMPLAINT_STATES)[number];
    problemType?: 'refund' | 'service_not_work' | 'other';
    refundRequestedAmount?: number;
    continuedTimes?: number;
    indirect?: boolean;
    platformAction?: 'none' | 'deducted_and_refunded' | 'collection_limited' | 'account_frozen';
  };
  evidence: EvidenceId[];
  signals?: { alreadyRefunded?: boolean };
}

/** The options every adapter copies onto the case unchanged. */
export function copyCommonOptions(kase: WalletComplaintCase, options: ComplaintToCaseOptions): WalletComplaintCase {
  if (options.asOf !== undefined) kase.asOf = options.asOf;
  if (options.locale !== undefined) kase.locale = options.locale;
  if (options.indirect !== undefined) kase.complaint.indirect = options.indirect;
  if (options.platformAction !== undefined) kase.complaint.platformAction = options.platformAction;
  return kase;
}

/** Integer fen to yuan (the case's unit). */
export function yuanOfFen(fen: number): number {
  return Math.round(fen) / 100;
}
