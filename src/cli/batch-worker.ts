// A worker thread of `dispute-triage batch --workers N` (run by piscina): builds the same triage as
// the main thread from the same options, then answers chunks of input lines with the very function
// the single-process path uses, so the output is the same byte for byte.
import { workerData } from 'piscina';
import { createTriage, type Triage } from '../triage.js';
import { answer } from './answer-line.js';
import type { InputLine } from './read-lines.js';
import { loadRulesOption } from './rule-options.js';
import { loadCalendarOption } from './calendar-option.js';
import type { BatchWorkerData, ChunkAnswer } from './batch-worker-types.js';

let triage: Promise<Triage> | undefined;

function triageOnce(data: BatchWorkerData): Promise<Triage> {
  triage ??= Promise.all([loadRulesOption(data.rules), loadCalendarOption({ calendar: data.calendar })]).then(
    ([rules, calendar]) => createTriage({ rules, clock: () => data.clock, ...(calendar ? { calendar } : {}) }),
  );
  return triage;
}

/** Answers a chunk of input lines in order. */
export default async function answerChunk(lines: readonly InputLine[]): Promise<ChunkAnswer> {
  const data = workerData as BatchWorkerData;
  const engine = await triageOnce(data);
  const out: ChunkAnswer = { text: '', lines: 0, ok: 0, failed: 0, internal: 0 };
  for (const line of lines) {
    const done = await answer(engine, line, data.maxBytes, data.asOf);
    out.text += done.text;
    out.lines += 1;
    if (done.ok) out.ok += 1;
    else out.failed += 1;
    if (done.internal) out.internal += 1;
  }
  return out;
}
