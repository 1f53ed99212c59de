import { endOfLocalDay } from '../calendar/zoned-time.js';
import { DATE_FACTS, type DateFact, nullDateRecord } from './date-facts.js';
import type { CaseDates } from './read-case-dates.js';

const HOUR = 3_600_000;

/** A count per date fact; null when the case lacks the date. */
export type DateCounts = Record<DateFact, number | null>;

/**
 * Whole calendar hours since each date fact and until it, for platforms that count in hours. A
 * plain date counts from the start of its day (hoursSince) and until its end (hoursUntil), the
 * reading that leaves the merchant the least time either way it is used.
 *
 * @example
 * const { hoursSince } = countHours(dates, { asOf, timeZone: 'Asia/Shanghai' });
 */
export function countHours(
  { instants, timed, days }: CaseDates,
  context: { asOf: number; timeZone: string },
): { hoursSince: DateCounts; hoursUntil: DateCounts } {
  const hoursSince = nullDateRecord<number>();
  const hoursUntil = nullDateRecord<number>();
  for (const name of DATE_FACTS) {
    const instant = instants[name];
    const day = days[name];
    if (instant === undefined || day === undefined) continue;
    const end = timed[name] ? instant : endOfLocalDay(day, context.timeZone);
    hoursSince[name] = Math.floor((context.asOf - instant) / HOUR);
    hoursUntil[name] = Math.floor((end - context.asOf) / HOUR);
  }
  return { hoursSince, hoursUntil };
}
