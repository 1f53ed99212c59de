import type { DayNumber } from '../calendar/local-date.js';
import { monthsBetween } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { countWorkingDays } from '../calendar/working-calendar.js';
import type { DateCounts } from './count-hours.js';
import { DATE_FACTS, type DateFact, nullDateRecord } from './date-facts.js';

/** Calendar days, working days and whole months from each date fact to today. */
export interface DayCounts {
  daysSince: DateCounts;
  workingDaysSince: DateCounts;
  monthsSince: DateCounts;
  /** True when a working-day count ran past the calendar's known years. */
  outsideCalendar: boolean;
}

/**
 * Counts the days from each date fact's local day to `today`; null for dates the case lacks.
 *
 * @example
 * const { daysSince } = countDays(dates.days, today, chineseWorkingCalendar());
 */
export function countDays(
  days: Partial<Record<DateFact, DayNumber>>,
  today: DayNumber,
  calendar: WorkingCalendar,
): DayCounts {
  const daysSince = nullDateRecord<number>();
  const workingDaysSince = nullDateRecord<number>();
  const monthsSince = nullDateRecord<number>();
  let outsideCalendar = false;
  for (const name of DATE_FACTS) {
    const day = days[name];
    if (day === undefined) continue;
    daysSince[name] = today - day;
    const working = countWorkingDays(calendar, day, today);
    outsideCalendar ||= working.outsideCalendar;
    workingDaysSince[name] = working.count;
    monthsSince[name] = monthsBetween(day, today);
  }
  return { daysSince, workingDaysSince, monthsSince, outsideCalendar };
}
