import { TriageError } from '../errors/triage-error.js';

/**
 * The clock's instant; a clock that throws is a TriageError (`invalid_clock`), not a crash.
 *
 * @example
 * readClock(() => new Date('2026-11-05T02:00:00Z')); // 1793930400000
 */
export function readClock(clock: () => Date | number): number {
  try {
    return Number(clock());
  } catch (error) {
    throw new TriageError('invalid_clock', `The clock threw: ${error instanceof Error ? error.message : 'an error'}`);
  }
}
