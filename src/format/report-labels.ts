import type { Locale } from '../text.js';

// Headings of the Markdown and HTML reports (presentation only; the advice's own texts come from rules/).
const EN = {
  title: 'Dispute triage',
  scenario: 'Scenario',
  cause: 'Cause',
  severity: 'Severity',
  asOf: 'As of',
  actions: 'Action path',
  evidence: 'Evidence checklist',
  required: 'required',
  recommended: 'recommended',
  held: 'held',
  missing: 'missing',
  escalation: 'Next channel',
  when: 'When',
  now: 'now',
  reason: 'Why',
  parallel: 'In parallel',
  ladder: 'Then',
  deadlines: 'Deadlines',
  expired: 'expired',
  daysLeft: '{n} days left',
  warnings: 'Warnings',
  explanation: 'Rules that fired',
  due: 'due',
  todo: 'to do',
  done: 'done',
  overdue: 'overdue',
  none: 'none',
  ruleset: 'Rules',
  severities: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
};

export type ReportLabels = typeof EN;

const LABELS: Record<Locale, ReportLabels> = {
  'zh-CN': {
    title: '纠纷处理建议',
    scenario: '情形',
    cause: '原因',
    severity: '严重程度',
    asOf: '计算时点',
    actions: '建议步骤',
    evidence: '证据清单',
    required: '必需',
    recommended: '建议',
    held: '已有',
    missing: '缺少',
    escalation: '下一步渠道',
    when: '时间',
    now: '立即',
    reason: '理由',
    parallel: '同时',
    ladder: '后续阶梯',
    deadlines: '时限',
    expired: '已过期',
    daysLeft: '剩余{n}天',
    warnings: '注意',
    explanation: '触发的规则',
    due: '截止',
    todo: '待办',
    done: '已完成',
    overdue: '已逾期',
    none: '无',
    ruleset: '规则集',
    severities: { low: '低', medium: '中', high: '高', critical: '紧急' },
  },
  en: EN,
};

/** The report headings in a locale. @example reportLabels('en').deadlines; // 'Deadlines' */
export function reportLabels(locale: Locale): ReportLabels {
  return LABELS[locale];
}
