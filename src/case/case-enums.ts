// The closed lists a case's fields take their values from, each written once: the case schema
// (`z.enum(LIST)`), the fact catalog, the test arbitraries and, through the exported JSON Schema,
// scripts/generate-cases.mjs all read them from here.

/** Who asks for advice. */
export const PARTIES = ['merchant', 'agent'] as const;
/** The payment networks a transaction can run on. */
export const NETWORKS = ['unionpay', 'visa', 'mastercard', 'amex', 'jcb', 'wechat_pay', 'alipay', 'other'] as const;
/** How the card or wallet was read. */
export const ENTRY_MODES = ['chip', 'contactless', 'magstripe', 'manual', 'qr'] as const;
/** How the cardholder was verified. */
export const VERIFICATIONS = ['pin', 'signature', 'none'] as const;
/** What kind of institution acquires the payments. */
export const ACQUIRER_KINDS = ['bank', 'payment_institution', 'unlicensed', 'unknown'] as const;
/** The settlement cycles a contract can name (T = working days, D = calendar days). */
export const SETTLEMENT_CYCLES = ['T+0', 'T+1', 'D+0', 'D+1', 'instant'] as const;
/** Who pays the settlements into the merchant's account. */
export const SETTLEMENT_PAYERS = ['licensed_institution', 'individual', 'unknown_company', 'unknown'] as const;
/** How a refund was made. */
export const REFUND_METHODS = ['void', 'terminal_refund', 'manual_refund'] as const;
/** Where a refund stands. */
export const REFUND_STATUSES = ['not_started', 'pending', 'rejected', 'completed'] as const;
/** What a contact led to. */
export const CONTACT_OUTCOMES = [
  'no_reply',
  'resolved',
  'refused',
  'unsatisfactory',
  'asked_for_documents',
  'referred_back',
] as const;
/** How a related transaction relates to the case. */
export const RELATIONS = ['duplicate_of', 'refund_of', 'before_loss_report', 'after_loss_report', 'other'] as const;
/** Who froze settlement funds. */
export const HOLD_KINDS = ['risk_control', 'judicial', 'police_anti_fraud', 'unknown'] as const;

/** The wallets whose in-app complaints a `complaint` object describes. */
export const COMPLAINT_PLATFORMS = ['wechat_pay', 'alipay', 'unionpay_qr'] as const;
/** A wallet complaint's state, the platforms' own states mapped onto one list. */
export const COMPLAINT_STATES = [
  'pending',
  'processing',
  'platform_assisting',
  'processed',
  'overdue',
  'withdrawn',
  'closed',
] as const;
/** What the payer complains about, as the wallet classifies it. */
export const COMPLAINT_PROBLEM_TYPES = ['refund', 'service_not_work', 'other'] as const;
/** What the platform did to the merchant over the complaint. */
export const PLATFORM_ACTIONS = ['none', 'deducted_and_refunded', 'collection_limited', 'account_frozen'] as const;

/** The case's yes/no signals; an absent signal is the fact `null` (unknown), never `false`. */
export const SIGNALS = [
  'fraudSuspected',
  'counterpartyUnreachable',
  'arbitrationClause',
  'consumerPurchase',
  'alreadyRefunded',
  'chargebackThreatened',
  'merchantIsConsumer',
  'customerIsConsumer',
] as const;
/** One signal's name. */
export type Signal = (typeof SIGNALS)[number];
