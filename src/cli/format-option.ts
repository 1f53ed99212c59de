import { formatHtml } from '../format/format-html.js';
import { formatIcs } from '../format/format-ics.js';
import { formatMarkdown } from '../format/format-markdown.js';
import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { UsageError } from './io.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html', 'ics'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `--format`, with `--json` as an alias of `--format json`; both at once must agree. */
export function parseFormatOption(format: string | undefined, json: boolean | undefined): ReportFormat {
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: expected one of ${REPORT_FORMATS.join(', ')}; found ${JSON.stringify(format)}`);
  }
  if (json && format !== undefined && format !== 'json')
    throw new UsageError(`--json and --format ${format} disagree: use one`);
  return (format as ReportFormat | undefined) ?? (json ? 'json' : 'text');
}

/** A result written in a format other than the readable text report. */
export function formatResultAs(format: Exclude<ReportFormat, 'text'>, result: Result, ruleSet: RuleSet): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'markdown') return formatMarkdown(result, { ruleSet });
  if (format === 'html') return formatHtml(result, { ruleSet });
  return formatIcs(result);
}
