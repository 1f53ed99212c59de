import type { Issue } from '../issues.js';
import type { Result } from '../result/schema.js';
import type { Triage } from '../triage.js';

/** One input line of a batch: its 1-based number and its text, or why it has none. */
export type BatchLine = { number: number; text: string } | { number: number; problem: 'too_long' | 'invalid_utf8' };

/**
 * The answer to one batch line: the text to write (one JSON line with its newline), whether the
 * line gave a result, and, when it did, the result itself.
 */
export interface BatchLineAnswer {
  text: string;
  ok: boolean;
  /** True when the engine failed on the line (a bug, not bad input). */
  internal?: boolean;
  result?: Result;
}

function errorLine(line: number, issues: readonly Issue[], caseId?: unknown): BatchLineAnswer {
  const body = typeof caseId === 'string' ? { line, ok: false, caseId, issues } : { line, ok: false, issues };
  return { text: `${JSON.stringify(body)}\n`, ok: false };
}

const PROBLEMS = {
  too_long: (max: number): Issue => ({
    code: 'line_too_long',
    path: '',
    message: `expected a line of at most ${max} bytes; found a longer one (skipped unread)`,
  }),
  invalid_utf8: (): Issue => ({
    code: 'invalid_utf8',
    path: '',
    message: 'expected UTF-8 text; found invalid byte sequences',
  }),
};

/**
 * Answers one NDJSON batch line as `dispute-triage batch` and `POST /v1/triage/batch` write it: the
 * result on one line, or `{"line":N,"ok":false,"caseId"?,"issues":[…]}`. Never rejects.
 *
 * @example
 * const answer = await answerBatchLine(createTriage(), { number: 1, text: '{"id":"c1"}' }, 4 * 1024 * 1024);
 * answer.text; // '{"line":1,"ok":false,"caseId":"c1","issues":[…]}\n'
 */
export async function answerBatchLine(
  triage: Triage,
  line: BatchLine,
  maxBytes: number,
  /** Applied to each parsed line before triage (e.g. the CLI's local `--as-of`). */
  prepare: (input: unknown) => unknown = (input) => input,
): Promise<BatchLineAnswer> {
  if ('problem' in line)
    return errorLine(line.number, [
      line.problem === 'too_long' ? PROBLEMS.too_long(maxBytes) : PROBLEMS.invalid_utf8(),
    ]);
  let input: unknown;
  try {
    input = prepare(JSON.parse(line.text));
  } catch (error) {
    return errorLine(line.number, [
      { code: 'invalid_json', path: '', message: `expected JSON; ${(error as Error).message}` },
    ]);
  }
  const caseId = input !== null && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  try {
    const outcome = await triage.safeTriage(input);
    if (!outcome.ok) {
      // safeTriage answers even a bug as an issue: it still makes the exit status 2.
      const internal = outcome.issues.some((issue) => issue.code === 'internal_error');
      return { ...errorLine(line.number, outcome.issues, caseId), ...(internal ? { internal } : {}) };
    }
    return { text: `${JSON.stringify(outcome.result)}\n`, ok: true, result: outcome.result };
  } catch (error) {
    // A bug must not take the other lines down; the exit status still says so.
    return {
      ...errorLine(line.number, [{ code: 'internal_error', path: '', message: (error as Error).message }], caseId),
      internal: true,
    };
  }
}
