import { parseArgs } from 'node:util';
import { formatIssues } from '../issues.js';
import { createTriage } from '../triage.js';
import { formatReport } from '../format/format-report.js';
import { formatResultAs, parseFormatOption } from './format-option.js';
import { formatWhatIf } from '../what-if/format-what-if.js';
import { whatIf } from '../what-if/what-if.js';
import { parseAsOfOption, withLocalAsOf } from './as-of-option.js';
import { MAX_INPUT_HELP, parseMaxInputBytes, readInputLimited } from './input-limit.js';
import { EXIT, UsageError, parseJson, writeOut } from './io.js';
import { requirePathKind } from './path-kind.js';
import { CALENDAR_OPTIONS, CALENDAR_OPTIONS_HELP, loadCalendarOption } from './calendar-option.js';
import { RULE_OPTIONS, RULE_OPTIONS_HELP, loadRulesOption } from './rule-options.js';
import { withLocaleOption } from './locale-option.js';

export const TRIAGE_HELP = `Usage: dispute-triage triage <case.json | -> [options]

Prints advice for one case: a readable report in the case's locale, or JSON.

Options:
  --json               print the result as JSON (the same as --format json)
  --format <f>         text (default), json, markdown, html (one printable page) or ics (deadlines
                       as calendar events, RFC 5545)
  --what-if            also answer "what would help most?": each missing evidence item and each
                       channel ahead not yet tried, contacted now (answered or not), tried on a copy
                       of the case; the changes that alter the advice, most helpful first
                       (with --json: {"baseline","options","unchanged"}, see the README)
  --as-of <time>       the instant to advise for when the case has no asOf (default: now): an ISO
                       instant with an offset, or a local YYYY-MM-DDTHH:mm[:ss] or YYYY-MM-DD read
                       in the case's time zone
${MAX_INPUT_HELP}
  --locale <zh-CN|en>  the language of the report and the result, over the case's own locale
  --verbose            also name the rules behind each action and deadline in the report
${RULE_OPTIONS_HELP}
${CALENDAR_OPTIONS_HELP}
  --color / --no-color colour the report (default: only on a terminal without NO_COLOR)
  -h, --help           show this help
`;

export async function runTriageCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      'what-if': { type: 'boolean' },
      'as-of': { type: 'string' },
      'max-input-bytes': { type: 'string' },
      locale: { type: 'string' },
      verbose: { type: 'boolean' },
      ...RULE_OPTIONS,
      ...CALENDAR_OPTIONS,
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeOut(TRIAGE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('triage needs exactly one case file (or - for standard input)');
  const format = parseFormatOption(values.format, values.json);
  const asOf = values['as-of'] === undefined ? undefined : parseAsOfOption(values['as-of']);
  const clockValue = asOf && 'instant' in asOf ? asOf.instant : Date.now();
  const maxBytes = parseMaxInputBytes(values['max-input-bytes']);
  await requirePathKind(positionals[0]!, 'file', 'triage');
  const rules = await loadRulesOption(values);
  const calendar = await loadCalendarOption(values);
  const triage = createTriage({ rules, clock: () => clockValue, ...(calendar ? { calendar } : {}) });
  const read = parseJson(await readInputLimited(positionals[0]!, maxBytes), positionals[0]!);
  const input = withLocaleOption(withLocalAsOf(read, asOf), values.locale);
  const outcome = await triage.safeTriage(input);
  if (!outcome.ok) {
    process.stderr.write(`invalid case:\n${formatIssues(outcome.issues)}\n`);
    return EXIT.invalid;
  }
  const color = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  if (values['what-if']) {
    const report = await whatIf(triage, input);
    if (format === 'json') await writeOut(`${JSON.stringify(report, null, 2)}\n`);
    else
      await writeOut(
        formatReport(report.baseline, { ruleSet: triage.ruleSet, color, verbose: values.verbose }) +
          '\n' +
          formatWhatIf(report, { color }),
      );
    return EXIT.ok;
  }
  if (format !== 'text') await writeOut(formatResultAs(format, outcome.result, triage.ruleSet));
  else await writeOut(formatReport(outcome.result, { ruleSet: triage.ruleSet, color, verbose: values.verbose }));
  return EXIT.ok;
}
