import type { Issue } from '../issues.js';

/**
 * What a step that can refuse a case answers: its value, or the issues that make the case invalid.
 *
 * @example
 * const step: StepOutcome<number> = { ok: false, issues: [{ code: 'missing_as_of', path: '/asOf', message }] };
 */
export type StepOutcome<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
