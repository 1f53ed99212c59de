import type { CalendarKind } from '../calendar/clock-side.js';
import type { DayNumber } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { instantOf, localDayOf } from '../calendar/zoned-time.js';
import type { Case } from '../case/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { type ClockFacts, composeFacts } from './compose-facts.js';
import { deriveContactFacts, type LatestContact, latestContacts } from './contact-facts.js';
import { countDays } from './count-days.js';
import { countHours } from './count-hours.js';
import type { DateFact } from './date-facts.js';
import { deriveCause } from './derive-cause.js';
import { deriveSignals } from './derive-signals.js';
import { expectSettlement } from './expect-settlement.js';
import type { Facts } from './facts.js';
import { parametersFact } from './parameters-fact.js';
import { type CaseDates, readCaseDates } from './read-case-dates.js';

export type { Facts } from './facts.js';

/** The context facts are derived in: the instant of the advice, its zone and calendar. */
export interface FactContext {
  asOf: number;
  timeZone: string;
  calendar: WorkingCalendar;
  parameters: Readonly<Record<string, number>>;
  /** Channels whose latest contact came before their gate was met: counted as not tried. */
  premature?: ReadonlySet<string>;
}

/** Dates of the case as instants and local days, plus notes for the result. */
export interface DerivedDates extends CaseDates {
  /** Latest contact per channel, as an instant. */
  contactAt: Record<string, number>;
  today: DayNumber;
  outsideCalendar: boolean;
  /** Which calendar a date derived by counting working days used (the expected settlement date). */
  calendarOf: Partial<Record<DateFact, { calendar: CalendarKind; provisionalYears: readonly number[] }>>;
  causeCandidates: string[];
}

export interface DerivedFacts {
  facts: Facts;
  dates: DerivedDates;
}

/** The case's dates, the expected settlement day filled in, and the clocks counted from them. */
function deriveClocks(c: Case, ruleSet: RuleSet, contactInstants: readonly number[], context: FactContext) {
  const dates = readCaseDates(c, contactInstants, context.timeZone);
  const today = localDayOf(context.asOf, context.timeZone);
  const calendarOf: DerivedDates['calendarOf'] = {};
  const expected = expectSettlement(c, ruleSet, dates.days, context.calendar);
  if (expected) {
    dates.days.settlementExpectedAt = expected.day;
    calendarOf.settlementExpectedAt = expected.calendar;
  }
  const counts = countDays(dates.days, today, context.calendar);
  const hours = countHours(dates, context);
  const { feeAnnouncedAt, feeEffectiveAt } = dates.days;
  // One literal, not spreads: V8 builds it in one step (see compose-facts.ts).
  const clocks: ClockFacts = {
    daysSince: counts.daysSince,
    workingDaysSince: counts.workingDaysSince,
    monthsSince: counts.monthsSince,
    hoursSince: hours.hoursSince,
    hoursUntil: hours.hoursUntil,
    feeNoticeDays:
      feeAnnouncedAt !== undefined && feeEffectiveAt !== undefined ? feeEffectiveAt - feeAnnouncedAt : null,
  };
  const outsideCalendar = counts.outsideCalendar || (expected?.outsideCalendar ?? false);
  return { dates, today, calendarOf, clocks, outsideCalendar };
}

/** The latest contact instant per channel, by channel id. */
function contactInstantsByChannel(latest: ReadonlyMap<string, LatestContact>): Record<string, number> {
  // Keys vary from case to case: a dictionary object spares V8 a hidden class per combination.
  const contactAt: Record<string, number> = Object.create(null);
  const byChannel = latest.size > 1 ? [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)) : latest.entries();
  for (const [channel, seen] of byChannel) contactAt[channel] = seen.at;
  return contactAt;
}

/**
 * Computes the facts the rules need, so rule files stay declarative: days since each date, contact
 * state per channel, evidence held, the cause from the reason code, expected settlement date.
 *
 * @example
 * const { facts } = deriveFacts(kase, ruleSet, { asOf, timeZone, calendar, parameters });
 * facts.daysSince.noticeAt; // 3
 */
export function deriveFacts(c: Case, ruleSet: RuleSet, context: FactContext): DerivedFacts {
  const { timeZone, calendar } = context;
  const contacts = c.contacts ?? [];
  const contactInstants = contacts.map((contact) => instantOf(contact.at, timeZone));
  const { dates, today, calendarOf, clocks, outsideCalendar } = deriveClocks(c, ruleSet, contactInstants, context);
  const latest = latestContacts(contacts, contactInstants);
  const clock = { timeZone, calendar, today, premature: context.premature };
  const contacted = deriveContactFacts(latest, ruleSet, clock);
  const cause = deriveCause(c, ruleSet);
  const signals = deriveSignals(c, ruleSet);
  const params = parametersFact(context.parameters);
  const facts: Facts = composeFacts(c, { cause: cause.facts, contacts: contacted.facts, clocks, signals, params });
  return {
    facts,
    dates: {
      instants: dates.instants,
      days: dates.days,
      timed: dates.timed,
      contactAt: contactInstantsByChannel(latest),
      today,
      outsideCalendar: outsideCalendar || contacted.outsideCalendar,
      calendarOf,
      causeCandidates: cause.candidates,
    },
  };
}
