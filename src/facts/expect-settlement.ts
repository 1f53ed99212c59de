import type { CalendarKind } from '../calendar/clock-side.js';
import { addDuration } from '../calendar/count-days.js';
import type { DayNumber } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Case } from '../case/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { DateFact } from './date-facts.js';

/** The expected settlement day a cycle gives, and the calendar the count used. */
export interface ExpectedSettlement {
  day: DayNumber;
  calendar: { calendar: CalendarKind; provisionalYears: readonly number[] };
  outsideCalendar: boolean;
}

/**
 * The expected settlement day when the case states none: the transaction day moved by the
 * settlement cycle's rule, on the other party's clock (not called late before the latest plausible
 * date). Undefined when the case states the date, or lacks the cycle or the transaction day.
 *
 * @example
 * const expected = expectSettlement(kase, ruleSet, dates.days, calendar);
 */
export function expectSettlement(
  c: Case,
  ruleSet: RuleSet,
  days: Partial<Record<DateFact, DayNumber>>,
  calendar: WorkingCalendar,
): ExpectedSettlement | undefined {
  const cycle = c.settlement?.cycle ? ruleSet.catalog.settlementCycles[c.settlement.cycle] : undefined;
  if (days.settlementExpectedAt !== undefined || !cycle || days.transactionAt === undefined) return undefined;
  const moved = addDuration(calendar, days.transactionAt, cycle.days, cycle.unit, cycle.side ?? 'counterparty');
  return {
    day: moved.day,
    calendar: { calendar: moved.calendar, provisionalYears: moved.provisionalYears },
    outsideCalendar: moved.outsideCalendar,
  };
}
