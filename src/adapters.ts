// The `pos-dispute-triage/adapters` entry: plain functions from a platform's complaint feed to a
// case. Browser-safe like the root entry; every export is listed by name.
export { wechatPayComplaintToCase, WechatPayComplaintDetailSchema } from './adapters/wechat-pay-complaint.js';
export type { WechatPayComplaintDetail } from './adapters/wechat-pay-complaint.js';
export { alipayTradeComplaintToCase, AlipayTradeComplaintDetailSchema } from './adapters/alipay-trade-complaint.js';
export type { AlipayTradeComplaintDetail } from './adapters/alipay-trade-complaint.js';
export type { ComplaintToCaseOptions, WalletComplaintCase } from './adapters/complaint-to-case-options.js';
