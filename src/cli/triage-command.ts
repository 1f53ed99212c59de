import { parseArgs } from 'node:util';
import { formatIssues } from '../issues.js';
import { loadRuleSet } from '../node.js';
import { createTriage } from '../triage.js';
import { formatReport } from '../format/format-report.js';
import { EXIT, UsageError, parseJson, readInput } from './io.js';

export const TRIAGE_HELP = `Usage: dispute-triage triage <case.json | -> [options]

Prints advice for one case: a readable report in the case's locale, or JSON.

Options:
  --json            print the result as JSON
  --rules <dir>     use the rule files of <dir> instead of the bundled rules
  --as-of <time>    the instant to advise for when the case has no asOf (default: now)
  --color / --no-color   colour the report (default: only on a terminal)
  -h, --help        show this help
`;

export async function runTriageCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      rules: { type: 'string' },
      'as-of': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(TRIAGE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('triage needs exactly one case file (or - for standard input)');
  const asOf = values['as-of'];
  const clockValue = asOf !== undefined ? Date.parse(asOf) : Date.now();
  if (!Number.isFinite(clockValue)) throw new UsageError(`--as-of: expected an ISO 8601 time; found ${JSON.stringify(asOf)}`);
  const rules = values.rules !== undefined ? await loadRuleSet(values.rules) : undefined;
  const triage = createTriage({ rules, clock: () => clockValue });
  const input = parseJson(await readInput(positionals[0]!), positionals[0]!);
  const outcome = await triage.safeTriage(input);
  if (!outcome.ok) {
    process.stderr.write(`invalid case:\n${formatIssues(outcome.issues)}\n`);
    return EXIT.invalid;
  }
  if (values.json) process.stdout.write(JSON.stringify(outcome.result, null, 2) + '\n');
  else {
    const color = values['no-color'] ? false : values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
    process.stdout.write(formatReport(outcome.result, { ruleSet: triage.ruleSet, color }));
  }
  return EXIT.ok;
}
