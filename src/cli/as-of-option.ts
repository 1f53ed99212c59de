import { dayNumberOf } from '../calendar/local-date.js';
import { formatInstant, instantOfLocalTime } from '../calendar/zoned-time.js';
import { isTimestamp } from '../case/schema.js';
import { UsageError } from './io.js';

// `--as-of`: an ISO instant with an offset (one instant on every host), or a local date or
// date-time read in each case's own zone — never in the host's. Anything else is a usage error.

/** What `--as-of` said: a fixed instant, or a local wall time to read in each case's zone. */
export type AsOfOption = { instant: number } | { local: string; day: string; time?: [number, number, number] };

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DEFAULT_ZONE = 'Asia/Shanghai';

/**
 * Parses `--as-of`; throws a UsageError naming the flag for anything but the three forms.
 *
 * @example
 * parseAsOfOption('2026-11-05T10:00:00+08:00'); // { instant: 1793844000000 }
 * parseAsOfOption('2026-11-05T10:00'); // { local: '2026-11-05T10:00', day: '2026-11-05', time: [10, 0, 0] }
 */
export function parseAsOfOption(text: string): AsOfOption {
  const local = LOCAL.exec(text);
  if (local) {
    const [hours, minutes, seconds] = [Number(local[2]), Number(local[3]), Number(local[4] ?? 0)];
    if (isTimestamp(local[1]!) && hours < 24 && minutes < 60 && seconds < 60)
      return { local: text, day: local[1]!, time: [hours, minutes, seconds] };
  } else if (isTimestamp(text)) {
    return text.length === 10 ? { local: text, day: text } : { instant: Date.parse(text) };
  }
  throw new UsageError(
    `--as-of: expected an ISO 8601 instant with an offset (2026-11-05T10:00:00+08:00), or a local date-time ` +
      `(2026-11-05T10:00) or date (2026-11-05) read in the case's time zone; found ${JSON.stringify(text)}`,
  );
}

function isZone(zone: unknown): zone is string {
  if (typeof zone !== 'string') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The case with `asOf` set from a local `--as-of`, read in the case's zone; other input unchanged
 * (a case with its own asOf keeps it; an instant `--as-of` goes through the clock instead).
 *
 * @example
 * withLocalAsOf({ id: 'c', timeZone: 'UTC' }, parseAsOfOption('2026-11-05T10:00')); // asOf '2026-11-05T10:00:00Z'
 */
export function withLocalAsOf(input: unknown, asOf: AsOfOption | undefined): unknown {
  if (!asOf || !('local' in asOf) || input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const kase = input as Record<string, unknown>;
  if (kase.asOf !== undefined) return input;
  // A plain date is what a case's own asOf may be: the start of that day in the case's zone.
  if (!asOf.time) return { ...kase, asOf: asOf.day };
  const zone = isZone(kase.timeZone) ? kase.timeZone : DEFAULT_ZONE;
  const [hours, minutes, seconds] = asOf.time;
  return {
    ...kase,
    asOf: formatInstant(instantOfLocalTime(dayNumberOf(asOf.day), hours, minutes, seconds, zone), zone),
  };
}
