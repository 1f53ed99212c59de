import { markdownToHtml } from '../documents/markdown-html.js';
import type { Result } from '../result/schema.js';
import { formatMarkdown, type FormatMarkdownOptions } from './format-markdown.js';
import { htmlDocument } from './html-page.js';
import { reportLabels } from './report-labels.js';

/**
 * The result as one printable HTML page (print stylesheet, no scripts, no external requests; every
 * text escaped): the same content as {@link formatMarkdown}.
 *
 * @example
 * import { formatHtml } from 'pos-dispute-triage';
 * const page = formatHtml(await triage.triage(kase), { ruleSet: triage.ruleSet });
 */
export function formatHtml(result: Result, options: FormatMarkdownOptions = {}): string {
  // The Markdown escapes (\*) are for Markdown readers; the HTML converter escapes HTML itself.
  const markdown = formatMarkdown(result, options).replace(/\\([\\`*_[\]<>#|])/g, '$1');
  return htmlDocument(
    `${reportLabels(result.locale).title}: ${result.caseId}`,
    markdownToHtml(markdown),
    result.locale,
  );
}
