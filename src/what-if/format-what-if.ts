import type { Locale } from '../text.js';
import type { WhatIfReport } from './what-if.js';

/**
 * Options for {@link formatWhatIf}.
 *
 * @example
 * console.log(formatWhatIf(report, { limit: 3, color: true }));
 */
export interface FormatWhatIfOptions {
  /** ANSI colour (only for a terminal). Default false. */
  color?: boolean;
  /** Most options to list. Default 10. */
  limit?: number;
}

const HEAD: Record<
  Locale,
  { title: string; nothing: string; more: (n: number) => string; unchanged: (n: number) => string }
> = {
  en: {
    title: 'What would help most',
    nothing: 'No single evidence item or contact would change this advice.',
    more: (n) => `… and ${n} more (see --json)`,
    unchanged: (n) => `${n} other change${n === 1 ? '' : 's'} tried would not alter the advice.`,
  },
  'zh-CN': {
    title: '最有帮助的下一步',
    nothing: '补充任何单项证据或联系任何单个渠道都不会改变本建议。',
    more: (n) => `……另有 ${n} 项（见 --json）`,
    unchanged: (n) => `另试过 ${n} 项变化，不会改变建议。`,
  },
};

/**
 * The what-if answer as text, in the case's locale: the changes that help most first.
 *
 * @example
 * console.log(formatWhatIf(await whatIf(triage, kase)));
 */
export function formatWhatIf(report: WhatIfReport, options: FormatWhatIfOptions = {}): string {
  const h = HEAD[report.baseline.locale];
  const limit = options.limit ?? 10;
  const bold = (text: string) => (options.color ? `\u001b[1m${text}\u001b[0m` : text);
  const lines = [bold(h.title)];
  if (report.options.length === 0) lines.push(`  ${h.nothing}`);
  for (const [i, option] of report.options.slice(0, limit).entries()) lines.push(`  ${i + 1}. ${option.summary}`);
  if (report.options.length > limit) lines.push(`  ${h.more(report.options.length - limit)}`);
  if (report.unchanged.length > 0) lines.push(`  ${h.unchanged(report.unchanged.length)}`);
  return `${lines.join('\n')}\n`;
}
