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
 * Answers batch lines in input order, at most `concurrency` at once, pulling the next line only
 * when the consumer asks for an answer (so a slow reader slows the reading). Blank lines are skipped.
 *
 * @example
 * for await (const answer of answerBatchLines(triage, readByteLines(body, max), { maxLineBytes: max, concurrency: 16 })) send(answer.text);
 */
export async function* answerBatchLines(triage: Triage, lines: AsyncIterable<BatchLine>, options: AnswerBatchLinesOptions): AsyncGenerator<BatchLineAnswer> {
  const inFlight: Array<Promise<BatchLineAnswer>> = [];
  for await (const line of lines) {
    if ('text' in line && line.text.trim() === '') continue;
    inFlight.push(answerBatchLine(triage, line, options.maxLineBytes));
    if (inFlight.length >= options.concurrency) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
