import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Locale } from '../text.js';
import { escapeControlCharactersIn } from './escape-control-characters.js';

/**
 * Options for {@link formatReport}.
 *
 * @example
 * console.log(formatReport(result, { ruleSet: triage.ruleSet, color: true }));
 */
export interface FormatReportOptions {
  /** Rule set the result came from, to show channel labels in the ladder. */
  ruleSet?: RuleSet;
  /** ANSI colour (only for a terminal). Default false. */
  color?: boolean;
}

const HEAD_EN = {
  title: 'Dispute triage', case: 'Case', scenario: 'Scenario', cause: 'Cause', severity: 'Severity', actions: 'Action path', evidence: 'Evidence checklist',
  required: 'required', recommended: 'recommended', held: 'held', missing: 'missing', escalation: 'Next channel', when: 'when', now: 'now', parallel: 'in parallel',
  ladder: 'then', deadlines: 'Deadlines', expired: 'EXPIRED', daysLeft: '{n} days left', warnings: 'Warnings', explanation: 'Why', due: 'due',
  todo: 'to do', done: 'done', overdue: 'OVERDUE', none: 'none', asOf: 'As of', ruleset: 'Rules',
  sources: 'Sources', seen: 'seen',
};

const SEVERITY_ZH = { low: '低', medium: '中', high: '高', critical: '紧急' } as const;

const HEAD: Record<Locale, typeof HEAD_EN> = {
  'zh-CN': {
    title: '纠纷处理建议', case: '案件', scenario: '情形', cause: '原因', severity: '严重程度', actions: '建议步骤', evidence: '证据清单',
    required: '必需', recommended: '建议', held: '已有', missing: '缺少', escalation: '下一步渠道', when: '时间', now: '立即', parallel: '同时',
    ladder: '后续阶梯', deadlines: '时限', expired: '已过期', daysLeft: '剩余{n}天', warnings: '注意', explanation: '依据', due: '截止',
    todo: '待办', done: '已完成', overdue: '已逾期', none: '无', asOf: '计算时点', ruleset: '规则集',
    sources: '来源', seen: '查阅于',
  },
  en: HEAD_EN,
};

/**
 * A readable report of a result, in the result's locale.
 *
 * @example
 * console.log(formatReport(await triage.triage(kase), { ruleSet: triage.ruleSet }));
 */
export function formatReport(raw: Result, options: FormatReportOptions = {}): string {
  const result = escapeControlCharactersIn(raw);
  const h = HEAD[result.locale];
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const bold = (text: string) => paint('1', text);
  const channelLabel = (id: string) => (options.ruleSet ? (options.ruleSet.catalog.channels[id]?.label[result.locale] ?? id) : id);
  const lines: string[] = [];
  lines.push(bold(`${h.title}: ${result.caseId}`));
  lines.push(`${h.scenario}: ${result.scenario}   ${h.cause}: ${result.cause ?? h.none}   ${h.severity}: ${paint(result.severity === 'critical' || result.severity === 'high' ? '31' : '33', result.locale === 'en' ? result.severity : SEVERITY_ZH[result.severity])}`);
  lines.push(`${h.asOf}: ${result.asOf}`);
  lines.push('', bold(h.actions));
  result.actions.forEach((action, i) => {
    const status = action.status === 'done' ? paint('32', h.done) : action.status === 'overdue' ? paint('31', h.overdue) : h.todo;
    lines.push(`  ${i + 1}. [${status}] ${action.label}${action.dueAt ? ` (${h.due} ${action.dueAt})` : ''}`);
  });
  lines.push('', bold(h.evidence));
  for (const item of result.evidence) {
    lines.push(`  ${item.held ? '[x]' : '[ ]'} ${item.label} (${item.required ? h.required : h.recommended}${item.held ? '' : ', ' + h.missing})`);
  }
  lines.push('', bold(h.escalation));
  const e = result.escalation;
  lines.push(`  ${e.label}: ${h.when} ${e.when === 'now' ? h.now : e.when}`);
  lines.push(`  ${e.reason}`);
  if (e.parallel.length > 0) lines.push(`  ${h.parallel}: ${e.parallel.map(channelLabel).join(', ')}`);
  if (e.ladder.length > 0) lines.push(`  ${h.ladder}: ${e.ladder.map(channelLabel).join(' → ')}`);
  if (result.deadlines.length > 0) {
    lines.push('', bold(h.deadlines));
    for (const d of result.deadlines) {
      const left = d.expired ? paint('31', h.expired) : h.daysLeft.replace('{n}', String(d.daysLeft));
      lines.push(`  - ${d.label}: ${d.dueAt} (${left}; ${d.basis}; [${d.source.join('][')}] ${d.confidence})`);
    }
  }
  if (result.warnings.length > 0) {
    lines.push('', bold(h.warnings));
    for (const w of result.warnings) lines.push(`  ! ${w.message}`);
  }
  lines.push('', bold(h.explanation));
  for (const x of result.explanation) lines.push(`  - ${x.rule}: ${x.description} [${x.sources.join('][')}] (${x.confidence})`);
  if ((result.sources ?? []).length > 0) {
    lines.push('', bold(h.sources));
    for (const s of result.sources) lines.push(`  [${s.key}] ${s.publisher}: ${s.title}${s.url ? ` <${s.url}>` : ''} (${s.kind}, ${h.seen} ${s.seen})`);
  }
  lines.push('', `${h.ruleset}: ${result.ruleset.version} ${result.ruleset.hash.slice(0, 19)}`);
  return lines.join('\n') + '\n';
}
