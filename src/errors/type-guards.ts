import type { InvalidCalendarError } from './invalid-calendar-error.js';
import type { InvalidCaseError } from './invalid-case-error.js';
import type { InvalidRulesError } from './invalid-rules-error.js';
import type { TriageError } from './triage-error.js';

// Checked by name and code, not instanceof, so errors from another copy of the package (ESM next to CJS) still match.
function hasShape(error: unknown, name: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === name &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** @example if (isTriageError(e)) console.error(e.code, e.issues) */
export function isTriageError(error: unknown): error is TriageError {
  return (
    hasShape(error, 'TriageError') ||
    isInvalidCaseError(error) ||
    isInvalidRulesError(error) ||
    isInvalidCalendarError(error)
  );
}
/** @example if (isInvalidCaseError(e)) for (const i of e.issues) console.error(i.path, i.message) */
export function isInvalidCaseError(error: unknown): error is InvalidCaseError {
  return hasShape(error, 'InvalidCaseError');
}
/** @example if (isInvalidRulesError(e)) console.error(e.issues.map((i) => `${i.file}: ${i.rule}: ${i.path}`)) */
export function isInvalidRulesError(error: unknown): error is InvalidRulesError {
  return hasShape(error, 'InvalidRulesError');
}
/** @example if (isInvalidCalendarError(e)) for (const i of e.issues) console.error(i.file, i.path, i.message) */
export function isInvalidCalendarError(error: unknown): error is InvalidCalendarError {
  return hasShape(error, 'InvalidCalendarError');
}
