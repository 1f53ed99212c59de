import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { escapeControlCharactersIn } from './escape-control-characters.js';
import { formatLocalInstant, yearOf } from './local-time-text.js';
import { reportWords, type ReportWords } from './report-words.js';

/**
 * Options for {@link formatReport}.
 *
 * @example
 * console.log(formatReport(result, { ruleSet: triage.ruleSet, color: true }));
 */
export interface FormatReportOptions {
  /** Rule set the result came from, to show the labels of scenario, cause and channel ids. */
  ruleSet?: RuleSet;
  /** ANSI colour (only for a terminal). Default false. */
  color?: boolean;
  /** Also name the rules behind each action and deadline (at the end of its line). Default false. */
  verbose?: boolean;
}

type Section = 'scenarios' | 'causes' | 'channels';

interface Context {
  result: Result;
  w: ReportWords;
  options: FormatReportOptions;
  year: number | undefined;
  paint: (code: string, text: string) => string;
  label: (section: Section, id: string) => string;
}

function createContext(result: Result, options: FormatReportOptions): Context {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const label = (section: Section, id: string) => options.ruleSet?.catalog[section][id]?.label[result.locale] ?? id;
  return { result, w: reportWords(result.locale), options, year: yearOf(result.asOf), paint, label };
}

function rulesNote(c: Context, rules: readonly string[]): string {
  return c.options.verbose && rules.length > 0 ? c.paint('2', `  · ${rules.join(', ')}`) : '';
}

function headerLines(c: Context): string[] {
  const { result, w } = c;
  const severity = c.paint(
    result.severity === 'critical' || result.severity === 'high' ? '31' : '33',
    w.severityWords[result.severity],
  );
  const cause = result.cause === null ? w.none : c.label('causes', result.cause);
  return [
    c.paint('1', `${w.title}${w.colon}${result.caseId}`),
    [
      `${w.scenario}${w.colon}${c.label('scenarios', result.scenario)}`,
      `${w.cause}${w.colon}${cause}`,
      `${w.severity}${w.colon}${severity}`,
    ].join(w.gap),
    `${w.asOf}${w.colon}${formatLocalInstant(result.asOf, result.locale, 'at')}`,
  ];
}

function actionLines(c: Context): string[] {
  const { result, w } = c;
  return result.actions.map((action, i) => {
    const word =
      action.status === 'done'
        ? c.paint('32', w.done)
        : action.status === 'overdue'
          ? c.paint('31', w.overdue)
          : w.todo;
    const due = action.dueAt ? `${w.comma}${formatLocalInstant(action.dueAt, result.locale, 'by', c.year)}` : '';
    const space = result.locale === 'en' ? ' ' : '';
    return `  ${i + 1}. ${w.status(word)}${space}${action.label}${due}${rulesNote(c, action.rules)}`;
  });
}

function evidenceLines(c: Context): string[] {
  const { w } = c;
  return c.result.evidence.map((item) => {
    const note = [item.required ? w.required : w.recommended, ...(item.held ? [] : [w.missing])].join(w.comma);
    return `  ${item.held ? '[x]' : '[ ]'} ${item.label}${w.open}${note}${w.close}`;
  });
}

function escalationLines(c: Context): string[] {
  const { result, w } = c;
  const e = result.escalation;
  const when = e.when === 'now' ? w.now : formatLocalInstant(e.when, result.locale, 'from', c.year);
  const lines = [`  ${e.label}${w.colon}${when}`, `  ${e.reason}`];
  if (e.parallel.length > 0)
    lines.push(`  ${w.parallel}${w.colon}${e.parallel.map((id) => c.label('channels', id)).join(w.list)}`);
  if (e.ladder.length > 0)
    lines.push(`  ${w.ladder}${w.colon}${e.ladder.map((id) => c.label('channels', id)).join(' → ')}`);
  return lines;
}

function deadlineLines(c: Context): string[] {
  const { result, w } = c;
  return result.deadlines.map((d) => {
    const left = d.expired ? c.paint('31', w.expired) : w.daysLeft(d.daysLeft);
    const sources = `${w.sources} [${d.source.join('][')}]${w.comma}${w.confidenceWords[d.confidence]}`;
    const note = [left, d.basis, sources].join(w.semicolon);
    const due = formatLocalInstant(d.dueAt, result.locale, 'by', c.year);
    return `  - ${d.label}${w.colon}${due}${w.open}${note}${w.close}${rulesNote(c, d.rules)}`;
  });
}

function explanationLines(c: Context): string[] {
  const { w } = c;
  return c.result.explanation.map((x) => {
    const why = `${x.description} [${x.sources.join('][')}]${w.open}${w.confidenceWords[x.confidence]}${w.close}`;
    return `  - ${why}${c.paint('2', `  · ${x.rule}`)}`;
  });
}

function sourceLines(c: Context): string[] {
  const { w } = c;
  return c.result.sources.map((s) => {
    const url = s.url ? ` <${s.url}>` : '';
    const kind = `${w.open}${s.kind}${w.comma}${w.seen} ${s.seen}${w.close}`;
    const line = `  [${s.key}] ${s.publisher}${w.colon}${s.title}${url}${kind}`;
    // Publishers are listed with "; " in the catalog; a Chinese report keeps full-width punctuation.
    return c.result.locale === 'zh-CN' ? line.replaceAll('; ', '；') : line;
  });
}

/**
 * A readable report of a result, in the result's locale: labels instead of ids (given the rule set),
 * local dates with the weekday (`11月10日（周二）23:59前`, `by Tue 10 Nov, 23:59`), confidence in
 * words, full-width punctuation in Chinese, and rule ids at the end of the "Why" lines.
 *
 * @example
 * console.log(formatReport(await triage.triage(kase), { ruleSet: triage.ruleSet }));
 */
export function formatReport(raw: Result, options: FormatReportOptions = {}): string {
  const result = escapeControlCharactersIn(raw);
  const c = createContext(result, options);
  const { w } = c;
  const bold = (text: string) => c.paint('1', text);
  const lines = [...headerLines(c), '', bold(w.actions), ...actionLines(c), '', bold(w.evidence), ...evidenceLines(c)];
  lines.push('', bold(w.escalation), ...escalationLines(c));
  if (result.deadlines.length > 0) lines.push('', bold(w.deadlines), ...deadlineLines(c));
  if (result.warnings.length > 0)
    lines.push('', bold(w.warnings), ...result.warnings.map((warning) => `  ! ${warning.message}`));
  lines.push('', bold(w.explanation), ...explanationLines(c));
  if (result.sources.length > 0) lines.push('', bold(w.sourceList), ...sourceLines(c));
  lines.push('', `${w.ruleset}${w.colon}${result.ruleset.version} ${result.ruleset.hash.slice(0, 19)}`);
  return `${lines.join('\n')}\n`;
}
