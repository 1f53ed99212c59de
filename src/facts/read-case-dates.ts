import type { DayNumber } from '../calendar/local-date.js';
import { instantOf, localDayOf } from '../calendar/zoned-time.js';
import type { Case } from '../case/schema.js';
import { DATE_FACT_TABLE, DATE_FACTS, type DateFact, unsetDateRecord } from './date-facts.js';

/** A case's date facts as instants, local days and whether each was given with a time of day. */
export interface CaseDates {
  instants: Partial<Record<DateFact, number>>;
  days: Partial<Record<DateFact, DayNumber>>;
  /** True for dates given with a time of day; plain dates mean the whole local day. */
  timed: Partial<Record<DateFact, boolean>>;
}

/** The earliest and latest of the contacts' instants; undefined when there are none. */
function contactRange(contactInstants: readonly number[]): { earliest: number; latest: number } | undefined {
  if (contactInstants.length === 0) return undefined;
  let earliest = contactInstants[0]!;
  let latest = earliest;
  for (const at of contactInstants) {
    if (at < earliest) earliest = at;
    if (at > latest) latest = at;
  }
  return { earliest, latest };
}

/**
 * Reads every date fact of DATE_FACT_TABLE from a case. Plain-date fields mean "some time that
 * day", so they are kept as local days rather than midnight instants; contact dates are timed.
 *
 * @example
 * const { days } = readCaseDates(kase, contacts.map((x) => instantOf(x.at, tz)), tz);
 */
export function readCaseDates(c: Case, contactInstants: readonly number[], timeZone: string): CaseDates {
  const instants = unsetDateRecord<number>();
  const days = unsetDateRecord<DayNumber>();
  const timed = unsetDateRecord<boolean>();
  const range = contactRange(contactInstants);
  for (const name of DATE_FACTS) {
    const source: (typeof DATE_FACT_TABLE)[DateFact] = DATE_FACT_TABLE[name];
    if ('contacts' in source) {
      timed[name] = true;
      const instant = range?.[source.contacts];
      if (instant === undefined) continue;
      instants[name] = instant;
      days[name] = localDayOf(instant, timeZone);
      continue;
    }
    const text = source.read(c);
    if (text === undefined) continue;
    const instant = instantOf(text, timeZone);
    instants[name] = instant;
    days[name] = localDayOf(instant, timeZone);
    timed[name] = text.length > 10;
  }
  return { instants, days, timed };
}
