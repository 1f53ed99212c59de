/**
 * One problem found in a case or a rule file. `path` is a JSON pointer into the offending document.
 *
 * @example
 * const outcome = await triage.safeTriage({ id: 'c1', scenario: 'chargeback', dispute: { stage: 'nope' } });
 * if (!outcome.ok) outcome.issues[0]; // { code: …, path: '/dispute/stage', message: 'expected one of …' }
 */
export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  /** Rule files only: the file the problem is in. */
  readonly file?: string;
  /** Rule files only: the rule the problem is in, when there is one. */
  readonly rule?: string;
}

export function toJsonPointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
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
