import type { IssueCode } from '../issue-codes.js';
import type { Issue } from '../issues.js';

/**
 * Base class of every error the package throws on purpose. `code` is stable; messages are not.
 *
 * @example
 * try { await triage.triage(input); } catch (error) {
 *   if (isTriageError(error)) console.error(error.code); else throw error;
 * }
 */
export class TriageError extends Error {
  override name: string = 'TriageError';
  /** A stable code, one of `ISSUE_CODES`. */
  readonly code: IssueCode;
  readonly issues: readonly Issue[];

  constructor(code: IssueCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}
