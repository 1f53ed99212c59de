import type { Confidence, Severity } from '../rules/schema.js';
import type { Locale } from '../text.js';

/** The fixed words of the readable report, per locale. */
export interface ReportWords {
  title: string;
  scenario: string;
  cause: string;
  severity: string;
  actions: string;
  evidence: string;
  required: string;
  recommended: string;
  missing: string;
  escalation: string;
  now: string;
  parallel: string;
  ladder: string;
  deadlines: string;
  expired: string;
  warnings: string;
  explanation: string;
  sources: string;
  todo: string;
  done: string;
  overdue: string;
  none: string;
  asOf: string;
  ruleset: string;
  sourceList: string;
  seen: string;
  /** `: ` or `：`. */
  colon: string;
  open: string;
  close: string;
  semicolon: string;
  comma: string;
  list: string;
  gap: string;
  severityWords: Record<Severity, string>;
  confidenceWords: Record<Confidence, string>;
  daysLeft(n: number): string;
  status(word: string): string;
}

const EN: ReportWords = {
  title: 'Dispute triage',
  scenario: 'Scenario',
  cause: 'Cause',
  severity: 'Severity',
  actions: 'Action path',
  evidence: 'Evidence checklist',
  required: 'required',
  recommended: 'recommended',
  missing: 'missing',
  escalation: 'Next channel',
  now: 'now',
  parallel: 'in parallel',
  ladder: 'then',
  deadlines: 'Deadlines',
  expired: 'EXPIRED',
  warnings: 'Warnings',
  explanation: 'Why',
  sources: 'sources',
  todo: 'to do',
  done: 'done',
  overdue: 'OVERDUE',
  none: 'none',
  asOf: 'As of',
  ruleset: 'Rules',
  sourceList: 'Sources',
  seen: 'seen',
  colon: ': ',
  open: ' (',
  close: ')',
  semicolon: '; ',
  comma: ', ',
  list: ', ',
  gap: '   ',
  severityWords: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  confidenceWords: { confirmed: 'confirmed', secondary: 'secondary source', uncertain: 'uncertain' },
  daysLeft: (n) => (n === 0 ? 'due today' : n === 1 ? '1 day left' : `${n} days left`),
  status: (word) => `[${word}]`,
};

const ZH: ReportWords = {
  title: '纠纷处理建议',
  scenario: '情形',
  cause: '原因',
  severity: '严重程度',
  actions: '建议步骤',
  evidence: '证据清单',
  required: '必需',
  recommended: '建议',
  missing: '缺少',
  escalation: '下一步渠道',
  now: '立即',
  parallel: '同时',
  ladder: '后续',
  deadlines: '时限',
  expired: '已过期',
  warnings: '注意',
  explanation: '依据',
  sources: '来源',
  todo: '待办',
  done: '已完成',
  overdue: '已逾期',
  none: '无',
  asOf: '计算时点',
  ruleset: '规则集',
  sourceList: '来源',
  seen: '查阅于',
  colon: '：',
  open: '（',
  close: '）',
  semicolon: '；',
  comma: '，',
  list: '、',
  gap: '　',
  severityWords: { low: '低', medium: '中', high: '高', critical: '紧急' },
  confidenceWords: { confirmed: '已确认', secondary: '二手来源', uncertain: '待核实' },
  daysLeft: (n) => (n === 0 ? '今天到期' : `剩余${n}天`),
  status: (word) => `【${word}】`,
};

/**
 * The report's words for a locale.
 *
 * @example
 * reportWords('en').daysLeft(1); // '1 day left'
 */
export function reportWords(locale: Locale): ReportWords {
  return locale === 'zh-CN' ? ZH : EN;
}
