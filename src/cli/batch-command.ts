import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BatchLineAnswer as Answer } from '../batch/answer-batch-line.js';
import { createTriage, type Triage } from '../triage.js';
import { answer } from './answer-line.js';
import { answerInWorkers } from './answer-in-workers.js';
import type { BatchWorkerData, ChunkAnswer } from './batch-worker-types.js';
import type { InputLine } from './read-lines.js';
import { EXIT, OutputClosedError, UsageError, isOutputClosed, writeOut } from './io.js';
import { readLines } from './read-lines.js';
import { parseAsOfOption, type AsOfOption } from './as-of-option.js';
import { MAX_INPUT_HELP, parseMaxInputBytes } from './input-limit.js';
import { requirePathKind } from './path-kind.js';
import { CALENDAR_OPTIONS, CALENDAR_OPTIONS_HELP, loadCalendarOption } from './calendar-option.js';
import { RULE_OPTIONS, RULE_OPTIONS_HELP, loadRulesOption } from './rule-options.js';
import { parseShard, parseWorkers, shardLines, type Shard } from './batch-parallel-options.js';

const DEFAULT_CONCURRENCY = 16;

export const BATCH_HELP = `Usage: dispute-triage batch [<cases.ndjson> | -] [options]

Reads one case per line (NDJSON; standard input when no file or -) and writes one JSON line per
case to standard output, in input order:
  a case that validates:  the result, as "triage --json" prints it but on one line
  any other line:         {"line":N,"ok":false,"caseId":"…","issues":[{"code","path","message"}]}
                          (caseId only when the line is an object with a string id; N counts
                          every line from 1, blank ones included)
Blank lines are skipped; CRLF line ends and a UTF-8 byte-order mark are accepted. A line that is
not JSON (e.g. a truncated last line), not UTF-8 or longer than --max-input-bytes gets an error
line. A one-line summary goes to standard error. Exit status: 0 every line answered with a
result, 1 some line failed, 2 usage error or internal failure.

Options:
  --as-of <time>         the instant to advise for when a case has no asOf (default: now): an ISO
                         instant with an offset, or a local YYYY-MM-DDTHH:mm[:ss] or YYYY-MM-DD
                         read in each case's time zone
  --concurrency <n>      cases in flight at once (default ${DEFAULT_CONCURRENCY}); output order never changes
${MAX_INPUT_HELP.replace('case input', 'line (one case)')}
  --max-line-bytes <n>   the same as --max-input-bytes (older name)
  --workers <n>          worker threads answering cases (default: the available cores); 0 answers
                         them on the main thread, --concurrency at a time; output order never changes
  --shard <i>/<n>        answer only the lines whose index (line number - 1, blank lines counted)
                         modulo n is i, 0 ≤ i < n: n jobs with i = 0 … n-1 split a file disjointly
${RULE_OPTIONS_HELP}
${CALENDAR_OPTIONS_HELP}
  -h, --help             show this help
`;

function positiveInteger(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${name}: expected a whole number from 1 to ${max}; found ${JSON.stringify(value)}`);
  return n;
}

function parseBatchArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      concurrency: { type: 'string' },
      'max-line-bytes': { type: 'string' },
      'max-input-bytes': { type: 'string' },
      workers: { type: 'string' },
      shard: { type: 'string' },
      ...RULE_OPTIONS,
      ...CALENDAR_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type BatchValues = ReturnType<typeof parseBatchArgs>['values'];

/** The batch's settings from its options (usage errors thrown in the order the options are checked). */
interface BatchSettings {
  concurrency: number;
  maxBytes: number;
  asOf: AsOfOption | undefined;
  clockValue: number;
  workers: number;
  shard: Shard | undefined;
}

function batchSettings(values: BatchValues): BatchSettings {
  const concurrency = positiveInteger(values.concurrency, '--concurrency', DEFAULT_CONCURRENCY, 1024);
  if (values['max-line-bytes'] !== undefined && values['max-input-bytes'] !== undefined)
    throw new UsageError('--max-line-bytes: give --max-input-bytes or its older name --max-line-bytes, not both');
  const maxBytes =
    values['max-line-bytes'] !== undefined
      ? parseMaxInputBytes(values['max-line-bytes'], '--max-line-bytes')
      : parseMaxInputBytes(values['max-input-bytes']);
  const asOf = values['as-of'] === undefined ? undefined : parseAsOfOption(values['as-of']);
  const clockValue = asOf && 'instant' in asOf ? asOf.instant : Date.now();
  const workers = parseWorkers(values.workers);
  const shard = parseShard(values.shard);
  return { concurrency, maxBytes, asOf, clockValue, workers, shard };
}

/** Lines answered, with a result, failed, and failed inside the engine. */
type Counts = Omit<ChunkAnswer, 'text'>;

function countAnswer(counts: Counts, done: Answer): void {
  counts.lines += 1;
  if (done.ok) counts.ok += 1;
  else counts.failed += 1;
  if (done.internal) counts.internal += 1;
}

/** Answers on the main thread: at most `concurrency` cases at once, each written once those before it are. */
async function answerOnMainThread(
  lines: AsyncIterable<InputLine>,
  triage: Triage,
  settings: BatchSettings,
  counts: Counts,
): Promise<void> {
  const inFlight: Array<Promise<Answer>> = [];
  const writeNext = async () => {
    const done = await inFlight.shift()!;
    countAnswer(counts, done);
    await writeOut(done.text);
  };
  for await (const line of lines) {
    inFlight.push(answer(triage, line, settings.maxBytes, settings.asOf));
    if (inFlight.length >= settings.concurrency) await writeNext();
  }
  while (inFlight.length > 0) await writeNext();
}

function answerOnWorkers(
  lines: AsyncIterable<InputLine>,
  values: BatchValues,
  settings: BatchSettings,
  counts: Counts,
): Promise<void> {
  const workerData: BatchWorkerData = {
    rules: { rules: values.rules, 'no-default-rules': values['no-default-rules'], param: values.param },
    calendar: values.calendar,
    clock: settings.clockValue,
    maxBytes: settings.maxBytes,
    asOf: settings.asOf,
  };
  return answerInWorkers(lines, { workers: settings.workers, workerData }, async (chunk) => {
    counts.lines += chunk.lines;
    counts.ok += chunk.ok;
    counts.failed += chunk.failed;
    counts.internal += chunk.internal;
    await writeOut(chunk.text);
  });
}

/**
 * `dispute-triage batch`: answers an NDJSON file of cases, one JSON line per case in input order,
 * and returns the exit status (see {@link BATCH_HELP}).
 *
 * @example
 * process.exitCode = await runBatchCommand(['cases.ndjson', '--workers', '2']);
 */
export async function runBatchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseBatchArgs(args);
  if (values.help) {
    await writeOut(BATCH_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('batch reads one file (or - for standard input)');
  const settings = batchSettings(values);
  await requirePathKind(positionals[0] ?? '-', 'file', 'batch');
  const rules = await loadRulesOption(values);
  const calendar = await loadCalendarOption(values);
  const clock = () => settings.clockValue;
  const triage = createTriage({ rules, clock, ...(calendar ? { calendar } : {}) });

  const path = positionals[0] ?? '-';
  const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 64 * 1024 });
  const counts: Counts = { lines: 0, ok: 0, failed: 0, internal: 0 };
  const lines = shardLines(readLines(stream, settings.maxBytes), settings.shard);
  try {
    if (settings.workers > 0) await answerOnWorkers(lines, values, settings, counts);
    else await answerOnMainThread(lines, triage, settings, counts);
  } catch (error) {
    if (!(error instanceof OutputClosedError) && !isOutputClosed()) throw error;
    stream.destroy();
    return counts.failed > 0 ? EXIT.invalid : EXIT.ok;
  }
  process.stderr.write(
    `batch: ${counts.lines} case${counts.lines === 1 ? '' : 's'}, ${counts.ok} ok, ${counts.failed} failed\n`,
  );
  if (counts.internal > 0) return EXIT.usage;
  return counts.failed > 0 ? EXIT.invalid : EXIT.ok;
}
