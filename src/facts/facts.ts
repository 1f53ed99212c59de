// The type of the facts object, put together from the types the derivation steps return, so each
// fact has its own type (test/types/facts.test.ts holds its names equal to the fact catalog's).
import type { derivePaymentFacts, deriveMoneyFacts, deriveRecordFacts } from './case-field-facts.js';
import type { deriveComplaintFacts } from './complaint-facts.js';
import type { ContactFacts } from './contact-facts.js';
import type { DateCounts } from './count-hours.js';
import type { CauseFacts } from './derive-cause.js';
import type { SignalFacts } from './derive-signals.js';

/** The clocks: calendar days, working days, months and hours since (or until) each date fact. */
export type ClockFacts = {
  daysSince: DateCounts;
  workingDaysSince: DateCounts;
  monthsSince: DateCounts;
  hoursSince: DateCounts;
  hoursUntil: DateCounts;
  /** Days between the fee change's announcement and its effect, or null. */
  feeNoticeDays: number | null;
};

/** Everything the rules may look at, computed once per case before any rule runs. */
export type Facts = ReturnType<typeof derivePaymentFacts> &
  ReturnType<typeof deriveMoneyFacts> &
  ReturnType<typeof deriveRecordFacts> &
  ReturnType<typeof deriveComplaintFacts> &
  CauseFacts &
  ContactFacts &
  ClockFacts & {
    signals: SignalFacts;
    params: Readonly<Record<string, number>>;
  };

/** One fact's name. */
export type FactName = keyof Facts;

/**
 * The facts as evaluators and placeholders read them: any name, any value. `Facts` is one.
 *
 * @example
 * const read = (facts: FactValues, name: string) => facts[name];
 */
export type FactValues = Readonly<Record<string, unknown>>;
