import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { reportLabels } from './report-labels.js';

/**
 * Options for {@link formatMarkdown} and {@link formatHtml}.
 *
 * @example
 * formatMarkdown(result, { ruleSet: triage.ruleSet });
 */
export interface FormatMarkdownOptions {
  /** Rule set the result came from, to show channel labels. */
  ruleSet?: RuleSet;
}

/** Backslash-escapes the characters that would start Markdown formatting inside a line. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/**
 * The result as Markdown, in its locale: severity, action path, evidence checklist, next channel,
 * deadlines, warnings and the rules that fired, with their sources.
 *
 * @example
 * import { formatMarkdown } from 'pos-dispute-triage';
 * const markdown = formatMarkdown(await triage.triage(kase), { ruleSet: triage.ruleSet });
 */
export function formatMarkdown(result: Result, options: FormatMarkdownOptions = {}): string {
  const h = reportLabels(result.locale);
  const label = (id: string) => md(options.ruleSet?.catalog.channels[id]?.label[result.locale] ?? id);
  const e = result.escalation;
  const lines = [`# ${h.title}: ${md(result.caseId)}`, ''];
  lines.push(
    `- ${h.scenario}: ${md(result.scenario)}`,
    `- ${h.cause}: ${md(result.cause ?? h.none)}`,
    `- ${h.severity}: **${h.severities[result.severity]}**`,
    `- ${h.asOf}: ${result.asOf}`,
    '',
  );
  lines.push(`## ${h.actions}`, '');
  for (const [i, a] of result.actions.entries()) {
    lines.push(`${i + 1}. ${md(a.label)} (${h[a.status]}${a.dueAt ? `, ${h.due} ${a.dueAt}` : ''})`);
  }
  lines.push('', `## ${h.evidence}`, '');
  for (const item of result.evidence) {
    const how = `${item.required ? h.required : h.recommended}, ${item.held ? h.held : h.missing}`;
    lines.push(`- ${item.held ? '☑' : '☐'} ${md(item.label)} (${how})`);
  }
  lines.push(
    '',
    `## ${h.escalation}`,
    '',
    `- **${md(e.label)}**: ${h.when} ${e.when === 'now' ? h.now : e.when}`,
    `- ${h.reason}: ${md(e.reason)}`,
  );
  if (e.parallel.length > 0) lines.push(`- ${h.parallel}: ${e.parallel.map(label).join(', ')}`);
  if (e.ladder.length > 0) lines.push(`- ${h.ladder}: ${e.ladder.map(label).join(' → ')}`);
  if (result.deadlines.length > 0) {
    lines.push('', `## ${h.deadlines}`, '');
    for (const d of result.deadlines) {
      const left = d.expired ? `**${h.expired}**` : h.daysLeft.replace('{n}', String(d.daysLeft));
      lines.push(`- ${md(d.label)}: ${d.dueAt} (${left}; ${md(d.basis)}; ${md(d.source.join(', '))}, ${d.confidence})`);
    }
  }
  if (result.warnings.length > 0) {
    lines.push('', `## ${h.warnings}`, '');
    for (const w of result.warnings) lines.push(`- ${md(w.message)}`);
  }
  lines.push('', `## ${h.explanation}`, '');
  for (const x of result.explanation)
    lines.push(`- ${md(x.rule)}: ${md(x.description)} (${md(x.sources.join(', '))}, ${x.confidence})`);
  lines.push('', `${h.ruleset}: ${md(result.ruleset.version)} ${result.ruleset.hash.slice(0, 19)}`);
  return `${lines.join('\n')}\n`;
}
