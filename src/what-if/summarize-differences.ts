import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Locale } from '../text.js';
import type { WhatIfDifferences } from './compare-results.js';
import type { WhatIfChange } from './what-if-change.js';

const WORDS = {
  en: {
    evidence: (label: string) => `Get “${label}”`,
    contactAnswered: (label: string) => `Turn to “${label}” and get an answer`,
    contactUnanswered: (label: string) => `Turn to “${label}” now (no answer yet)`,
    severity: (from: string, to: string) => `severity ${from} → ${to}`,
    next: (to: string, from: string) => `next channel ${to} instead of ${from}`,
    when: (to: string, from: string) => `next step ${to} instead of ${from}`,
    now: 'now',
    none: 'none left',
    missing: (from: number, to: number) => `required evidence missing ${from} → ${to}`,
    done: (labels: string) => `done: ${labels}`,
    actionsAdded: (labels: string) => `new actions: ${labels}`,
    actionsRemoved: (labels: string) => `no longer needed: ${labels}`,
    warningsRemoved: (n: number) => `${n} warning${n === 1 ? '' : 's'} cleared`,
    warningsAdded: (n: number) => `${n} new warning${n === 1 ? '' : 's'}`,
    evidenceAdded: (n: number) => `${n} more evidence item${n === 1 ? '' : 's'} to gather`,
    deadlines: (added: number, removed: number) => `deadlines +${added} −${removed}`,
    join: '; ',
    colon: ': ',
  },
  'zh-CN': {
    evidence: (label: string) => `取得「${label}」`,
    contactAnswered: (label: string) => `使用渠道「${label}」并得到答复`,
    contactUnanswered: (label: string) => `现在使用渠道「${label}」（尚未答复）`,
    severity: (from: string, to: string) => `严重程度 ${from} → ${to}`,
    next: (to: string, from: string) => `下一步渠道改为${to}（原为${from}）`,
    when: (to: string, from: string) => `下一步时间改为${to}（原为${from}）`,
    now: '立即',
    none: '无剩余渠道',
    missing: (from: number, to: number) => `缺少的必需证据 ${from} → ${to}`,
    done: (labels: string) => `完成：${labels}`,
    actionsAdded: (labels: string) => `新增步骤：${labels}`,
    actionsRemoved: (labels: string) => `不再需要：${labels}`,
    warningsRemoved: (n: number) => `消除 ${n} 条注意事项`,
    warningsAdded: (n: number) => `新增 ${n} 条注意事项`,
    evidenceAdded: (n: number) => `另需收集 ${n} 项证据`,
    deadlines: (added: number, removed: number) => `时限 +${added} −${removed}`,
    join: '；',
    colon: '：',
  },
} satisfies Record<Locale, unknown>;

/** One line saying what the change does to the advice, in the case's locale. */
export function summarizeDifferences(
  change: WhatIfChange,
  d: WhatIfDifferences,
  before: Result,
  ruleSet: RuleSet,
): string {
  const locale = before.locale;
  const w = WORDS[locale];
  const channel = (id: string | null) => (id === null ? w.none : (ruleSet.catalog.channels[id]?.label[locale] ?? id));
  const action = (id: string) => ruleSet.catalog.actions[id]?.label[locale] ?? id;
  const when = (value: string) => (value === 'now' ? w.now : value);
  const head =
    change.kind === 'evidence'
      ? w.evidence(change.label)
      : change.responded
        ? w.contactAnswered(change.label)
        : w.contactUnanswered(change.label);
  const parts: string[] = [];
  if (d.severity) parts.push(w.severity(d.severity.from, d.severity.to));
  if (d.escalation) {
    const { from, to } = d.escalation;
    if (from.channel !== to.channel)
      parts.push(w.next(`${channel(to.channel)} (${when(to.when)})`, channel(from.channel)));
    else parts.push(w.when(when(to.when), when(from.when)));
  }
  if (d.warningsRemoved.length > 0) parts.push(w.warningsRemoved(d.warningsRemoved.length));
  if (d.requiredMissing) parts.push(w.missing(d.requiredMissing.from, d.requiredMissing.to));
  if (d.actionsDone.length > 0) parts.push(w.done(d.actionsDone.map(action).join(', ')));
  if (d.actionsAdded.length > 0) parts.push(w.actionsAdded(d.actionsAdded.map(action).join(', ')));
  if (d.actionsRemoved.length > 0) parts.push(w.actionsRemoved(d.actionsRemoved.map(action).join(', ')));
  if (d.warningsAdded.length > 0) parts.push(w.warningsAdded(d.warningsAdded.length));
  if (d.evidenceAdded.length > 0) parts.push(w.evidenceAdded(d.evidenceAdded.length));
  if (d.deadlinesAdded.length + d.deadlinesRemoved.length > 0)
    parts.push(w.deadlines(d.deadlinesAdded.length, d.deadlinesRemoved.length));
  return head + w.colon + parts.join(w.join);
}
