import { parseArgs } from 'node:util';
import { draftDocument } from '../documents/draft-with-default-rules.js';
import { formatIssues } from '../issues.js';
import { createTriage } from '../triage.js';
import { EXIT, UsageError, parseJson, readInput, writeOut } from './io.js';
import { RULE_OPTIONS, RULE_OPTIONS_HELP, loadRulesOption } from './rule-options.js';

export const DRAFT_HELP = `Usage: dispute-triage draft <case.json | -> [options]

Drafts the document for the case's next channel (or the one named) from the case and its advice:
parties, local dates, amounts, references, what was tried and when, the evidence held in date
order with what each item proves, and the claim. Facts the case lacks are marked blanks
(【请填写：…】 / [fill in: …]), listed at the top; the list also goes to standard error.

Options:
  --channel <id>       the channel to write to (default: the advice's next channel)
  --format md|html     Markdown (default) or one printable HTML page
  --as-of <time>       the instant to advise for when the case has no asOf (default: now)
${RULE_OPTIONS_HELP}
  -h, --help           show this help
`;

export async function runDraftCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      channel: { type: 'string' },
      format: { type: 'string' },
      'as-of': { type: 'string' },
      ...RULE_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeOut(DRAFT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('draft needs exactly one case file (or - for standard input)');
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'html')
    throw new UsageError(`--format: expected md or html; found ${JSON.stringify(format)}`);
  const clockValue = values['as-of'] !== undefined ? Date.parse(values['as-of']) : Date.now();
  if (!Number.isFinite(clockValue))
    throw new UsageError(`--as-of: expected an ISO 8601 time; found ${JSON.stringify(values['as-of'])}`);
  const triage = createTriage({ rules: await loadRulesOption(values), clock: () => clockValue });
  const input = parseJson(await readInput(positionals[0]!), positionals[0]!);
  const outcome = await triage.safeTriage(input);
  if (!outcome.ok) {
    process.stderr.write(`invalid case:\n${formatIssues(outcome.issues)}\n`);
    return EXIT.invalid;
  }
  const draft = draftDocument(input, outcome.result, { channel: values.channel, format, rules: triage.ruleSet });
  await writeOut(draft.text);
  if (draft.blanks.length > 0) {
    const blanks = `${draft.blanks.length} blank${draft.blanks.length === 1 ? '' : 's'}`;
    process.stderr.write(`draft: ${blanks} to fill in: ${draft.blanks.join('; ')}\n`);
  }
  return EXIT.ok;
}
