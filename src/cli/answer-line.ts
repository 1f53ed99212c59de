import { answerBatchLine, type BatchLineAnswer } from '../batch/answer-batch-line.js';
import type { Triage } from '../triage.js';
import { withLocalAsOf, type AsOfOption } from './as-of-option.js';
import type { InputLine } from './read-lines.js';

/**
 * One batch line answered as `batch` writes it, a local `--as-of` applied (the main thread and
 * the worker threads both call it, so their output is the same byte for byte).
 *
 * @example
 * const done = await answer(triage, { number: 1, text: '{"id":"c1"}' }, 1 << 20);
 */
export function answer(triage: Triage, line: InputLine, maxBytes: number, asOf?: AsOfOption): Promise<BatchLineAnswer> {
  return answerBatchLine(triage, line, maxBytes, (input) => withLocalAsOf(input, asOf));
}
