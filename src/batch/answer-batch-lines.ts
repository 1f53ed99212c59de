import type { Triage } from '../triage.js';
import { answerBatchLine, type BatchLine, type BatchLineAnswer } from './answer-batch-line.js';

/**
 * Options for {@link answerBatchLines}.
 *
 * @example
 * const options: AnswerBatchLinesOptions = { maxLineBytes: 1024 * 1024, concurrency: 16 };
 */
export interface AnswerBatchLinesOptions {
  /** Longest accepted line, in bytes (reported in the `line_too_long` issue). */
  maxLineBytes: number;
  /** Lines in flight at once; the output order never changes. */
  concurrency: number;
}

/**
 * Answers batch lines in input order, at most `concurrency` at once. An answer is given as soon as
 * it and those before it are ready (a client that sends slowly gets its answers as it goes), and
 * lines are read ahead only while fewer than `concurrency` are waiting, so a slow reader holds
 * the reading back. Blank lines are skipped.
 *
 * @example
 * const lines = readByteLines(body, max);
 * const options = { maxLineBytes: max, concurrency: 16 };
 * for await (const answer of answerBatchLines(triage, lines, options)) send(answer.text);
 */
export async function* answerBatchLines(
  triage: Triage,
  lines: AsyncIterable<BatchLine>,
  options: AnswerBatchLinesOptions,
): AsyncGenerator<BatchLineAnswer> {
  const iterator = lines[Symbol.asyncIterator]();
  const inFlight: Array<Promise<BatchLineAnswer>> = [];
  let reading: Promise<IteratorResult<BatchLine>> | undefined;
  let ended = false;
  try {
    while (!ended || inFlight.length > 0) {
      if (!ended && !reading && inFlight.length < options.concurrency) reading = iterator.next();
      const head = inFlight[0];
      const first =
        head && reading
          ? await Promise.race([head.then(() => 'head' as const), reading.then(() => 'line' as const)])
          : head
            ? 'head'
            : 'line';
      if (first === 'head') {
        yield await inFlight.shift()!;
        continue;
      }
      const next = await reading!;
      reading = undefined;
      if (next.done) ended = true;
      else if (!('text' in next.value && next.value.text.trim() === ''))
        inFlight.push(answerBatchLine(triage, next.value, options.maxLineBytes));
    }
  } finally {
    if (!ended) await iterator.return?.();
  }
}
