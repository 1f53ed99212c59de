import { parseArgs } from 'node:util';
import { formatIssues } from '../issues.js';
import { createTriage } from '../triage.js';
import { formatReport } from '../format/format-report.js';
import { formatWhatIf } from '../what-if/format-what-if.js';
import { whatIf } from '../what-if/what-if.js';
import { EXIT, UsageError, parseJson, readInput, writeOut } from './io.js';
import { RULE_OPTIONS, RULE_OPTIONS_HELP, loadRulesOption } from './rule-options.js';
import { withLocaleOption } from './locale-option.js';

export const TRIAGE_HELP = `Usage: dispute-triage triage <case.json | -> [options]

Prints advice for one case: a readable report in the case's locale, or JSON.

Options:
  --json               print the result as JSON
  --what-if            also answer "what would help most?": each missing evidence item and each
                       channel ahead not yet tried, contacted now (answered or not), tried on a copy
                       of the case; the changes that alter the advice, most helpful first
                       (with --json: {"baseline","options","unchanged"}, see the README)
  --as-of <time>       the instant to advise for when the case has no asOf (default: now)
  --locale <zh-CN|en>  the language of the report and the result, over the case's own locale
  --verbose            also name the rules behind each action and deadline in the report
${RULE_OPTIONS_HELP}
  --color / --no-color colour the report (default: only on a terminal without NO_COLOR)
  -h, --help           show this help
`;

export async function runTriageCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'what-if': { type: 'boolean' },
      'as-of': { type: 'string' },
      locale: { type: 'string' },
      verbose: { type: 'boolean' },
      ...RULE_OPTIONS,
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
  const asOf = values['as-of'];
  const clockValue = asOf !== undefined ? Date.parse(asOf) : Date.now();
  if (!Number.isFinite(clockValue)) throw new UsageError(`--as-of: expected an ISO 8601 time; found ${JSON.stringify(asOf)}`);
  const rules = await loadRulesOption(values);
  const triage = createTriage({ rules, clock: () => clockValue });
  const input = withLocaleOption(parseJson(await readInput(positionals[0]!), positionals[0]!), values.locale);
  const outcome = await triage.safeTriage(input);
  if (!outcome.ok) {
    process.stderr.write(`invalid case:\n${formatIssues(outcome.issues)}\n`);
    return EXIT.invalid;
  }
  const color = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  if (values['what-if']) {
    const report = await whatIf(triage, input);
    if (values.json) await writeOut(JSON.stringify(report, null, 2) + '\n');
    else await writeOut(formatReport(report.baseline, { ruleSet: triage.ruleSet, color, verbose: values.verbose }) + '\n' + formatWhatIf(report, { color }));
    return EXIT.ok;
  }
  if (values.json) await writeOut(JSON.stringify(outcome.result, null, 2) + '\n');
  else await writeOut(formatReport(outcome.result, { ruleSet: triage.ruleSet, color, verbose: values.verbose }));
  return EXIT.ok;
}
