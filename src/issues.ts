import type { IssueCode } from './issue-codes.js';

/**
 * One problem found in a case or a rule file. `path` is a JSON pointer into the offending document.
 *
 * @example
 * const outcome = await triage.safeTriage({ id: 'c1', scenario: 'chargeback', dispute: { stage: 'nope' } });
 * if (!outcome.ok) outcome.issues[0]; // { code: …, path: '/dispute/stage', message: 'expected one of …' }
 */
export interface Issue {
  /** A stable code, one of `ISSUE_CODES` (src/issue-codes.ts). */
  readonly code: IssueCode;
  readonly path: string;
  readonly message: string;
  /** What the value should have been, as the message names it (such as `one of "retrieval", "chargeback"`). */
  readonly expected?: string;
  /** What was found instead, as the message names it (such as `the string "nope"`). */
  readonly found?: string;
  /** Rule files only: the file the problem is in. */
  readonly file?: string;
  /** Rule files only: the rule the problem is in, when there is one. */
  readonly rule?: string;
}

export function toJsonPointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** What was expected and what was found, as data beside an issue's message. */
export type IssueDetail = Pick<Issue, 'expected' | 'found'>;

/**
 * Reports one problem at a path (a JSON pointer's parts): the checkers' callback.
 *
 * @example
 * const report: ReportIssue = (code, path, message, detail) =>
 *   issues.push({ code, path: toJsonPointer(path), message, ...detail });
 */
export type ReportIssue = (code: IssueCode, path: PropertyKey[], message: string, detail?: IssueDetail) => void;

/**
 * The message `expected …; found …` and the same two parts as data, to spread into a report call.
 *
 * @example
 * report('unknown_id', path, ...expectedFound('a known cause id', '"fraud"'));
 * // message 'expected a known cause id; found "fraud"', detail { expected: 'a known cause id', found: '"fraud"' }
 */
export function expectedFound(expected: string, found: string, separator = '; '): [string, IssueDetail] {
  return [`expected ${expected}${separator}found ${found}`, { expected, found }];
}

/**
 * The message of a size limit that was exceeded, `<found>; the limit <name> is <value>`, with the
 * expected and found parts beside it.
 *
 * @example
 * overLimit('the string is 9000 characters long', 'maxStringLength', 4096);
 * // { message: 'the string is 9000 characters long; the limit maxStringLength is 4096',
 * //   expected: 'at most 4096 (maxStringLength)', found: 'the string is 9000 characters long' }
 */
export function overLimit(found: string, limit: string, value: number): { message: string } & IssueDetail {
  const what = found.replace(/^found /, '');
  return { message: `${found}; the limit ${limit} is ${value}`, expected: `at most ${value} (${limit})`, found: what };
}

/** Short description of a found value for "expected …, found …" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * Formats issues one per line, as `path: message` (or `file: rule: path: message` for rule files).
 *
 * @example
 * if (!outcome.ok) process.stderr.write(formatIssues(outcome.issues) + '\n');
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const where = [issue.file, issue.rule, issue.path || '/'].filter((part) => part !== undefined && part !== '');
      return `${where.join(': ')}: ${issue.message}`;
    })
    .join('\n');
}
