import type { DayNumber } from '../calendar/local-date.js';
import { endOfLocalDay } from '../calendar/zoned-time.js';
import { DATE_FACTS, type DateFact } from './fact-catalog.js';

const HOUR = 3_600_000;

/**
 * Whole calendar hours since each date fact and until it, for platforms that count in hours. A
 * plain date counts from the start of its day (hoursSince) and until its end (hoursUntil), the
 * reading that leaves the merchant the least time either way it is used.
 */
export function countHours(
  instants: Partial<Record<DateFact, number>>,
  timed: Partial<Record<DateFact, boolean>>,
  days: Partial<Record<DateFact, DayNumber>>,
  context: { asOf: number; timeZone: string },
): { hoursSince: Record<string, number | null>; hoursUntil: Record<string, number | null> } {
  const hoursSince: Record<string, number | null> = {};
  const hoursUntil: Record<string, number | null> = {};
  for (const name of DATE_FACTS) {
    const instant = instants[name];
    const day = days[name];
    if (instant === undefined || day === undefined) {
      hoursSince[name] = hoursUntil[name] = null;
      continue;
    }
    const end = timed[name] ? instant : endOfLocalDay(day, context.timeZone);
    hoursSince[name] = Math.floor((context.asOf - instant) / HOUR);
    hoursUntil[name] = Math.floor((end - context.asOf) / HOUR);
  }
  return { hoursSince, hoursUntil };
}
