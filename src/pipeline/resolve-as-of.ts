import { instantOf } from '../calendar/zoned-time.js';
import type { Case } from '../case/schema.js';
import { TriageError } from '../errors/triage-error.js';
import type { Locale } from '../text.js';
import type { Pipeline } from './create-pipeline.js';
import type { StepOutcome } from './pipeline-outcome.js';
import { readClock } from './read-clock.js';

/** A valid case with what the later steps need: the instant of the advice, its zone and locale. */
export interface PreparedCase {
  kase: Case;
  asOf: number;
  timeZone: string;
  locale: Locale;
}

/**
 * Step 2: the case's zone and locale (or the defaults), and the instant of the advice: the case's
 * own `asOf`, else the clock's. Neither is `missing_as_of`; a clock that throws or answers a time
 * outside the year limits throws a TriageError (`invalid_clock`).
 *
 * @example
 * const resolved = resolveAsOf(pipeline, kase);
 * if (resolved.ok) console.log(resolved.value.asOf, resolved.value.timeZone);
 */
export function resolveAsOf(pipeline: Pipeline, kase: Case): StepOutcome<PreparedCase> {
  const { defaults, limits } = pipeline;
  const timeZone = kase.timeZone ?? defaults.timeZone;
  const locale = kase.locale ?? defaults.locale;
  if (kase.asOf !== undefined)
    return { ok: true, value: { kase, asOf: instantOf(kase.asOf, timeZone), timeZone, locale } };
  if (!defaults.clock) {
    const message = 'expected asOf in the case or a clock in createTriage options; found neither';
    return { ok: false, issues: [{ code: 'missing_as_of', path: '/asOf', message }] };
  }
  const asOf = readClock(defaults.clock);
  // A case's own asOf passed the year limits already; the clock is checked here.
  const year = Number.isFinite(asOf) ? new Date(asOf).getUTCFullYear() : NaN;
  if (!(year >= limits.minYear && year <= limits.maxYear))
    throw new TriageError(
      'invalid_clock',
      `The clock returned ${String(asOf)}, not a time between the years ` +
        `minYear ${limits.minYear} and maxYear ${limits.maxYear}`,
    );
  return { ok: true, value: { kase, asOf, timeZone, locale } };
}
