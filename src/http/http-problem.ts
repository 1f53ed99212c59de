import type { IssueCode } from '../issue-codes.js';
import type { Issue } from '../issues.js';

/**
 * An error answer as data: the HTTP status, a stable `code`, a message and, for bad input, issues.
 *
 * @example
 * const problem: HttpProblem = { status: 415, code: 'unsupported_media_type', message: 'expected application/json' };
 */
export interface HttpProblem {
  status: number;
  /** One of `ISSUE_CODES`. */
  code: IssueCode;
  message: string;
  issues?: readonly Issue[];
}

/** Builds the JSON response for a problem. */
export function problemResponse(problem: HttpProblem, headers: Record<string, string> = {}): Response {
  const { status, ...body } = problem;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Thrown inside a route to answer with a problem. */
export class HttpProblemError extends Error {
  override name = 'HttpProblemError';
  constructor(readonly problem: HttpProblem) {
    super(problem.message);
  }
}
