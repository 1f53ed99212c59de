import type { Case } from '../case/schema.js';
import { addDuration } from '../calendar/count-days.js';
import { monthsBetween, type DayNumber } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { instantOf, localDayOf } from '../calendar/zoned-time.js';
import type { RuleSet } from '../rules/rule-set.js';
import { countWorkingDays } from '../calendar/working-calendar.js';
import { DATE_FACTS, SIGNALS, type DateFact } from './fact-catalog.js';

/** Everything the rules may look at, computed once per case before any rule runs. */
export interface Facts {
  [name: string]: unknown;
}

/** The context facts are derived in: the instant of the advice, its zone and calendar. */
export interface FactContext {
  asOf: number;
  timeZone: string;
  calendar: WorkingCalendar;
  parameters: Readonly<Record<string, number>>;
}

/** Dates of the case as instants and local days, plus notes for the result. */
export interface DerivedDates {
  instants: Partial<Record<DateFact, number>>;
  days: Partial<Record<DateFact, DayNumber>>;
  /** True for dates given with a time of day; plain dates mean the whole local day. */
  timed: Partial<Record<DateFact, boolean>>;
  /** Latest contact per channel, as an instant. */
  contactAt: Record<string, number>;
  today: DayNumber;
  outsideCalendar: boolean;
  causeCandidates: string[];
}

export interface DerivedFacts {
  facts: Facts;
  dates: DerivedDates;
}

function timedDates(c: Case): Partial<Record<DateFact, boolean>> {
  const raw: Partial<Record<DateFact, string | undefined>> = {
    transactionAt: c.transaction?.at,
    noticeAt: c.dispute?.noticeAt,
    respondBy: c.dispute?.respondBy,
    settlementExpectedAt: c.settlement?.expectedAt,
    lostAt: c.terminal?.lostAt,
    reportedLostAt: c.terminal?.reportedLostAt,
    refundRequestedAt: c.refund?.requestedAt,
    refundAppliedAt: c.refund?.appliedAt,
    depositPaidAt: c.deposit?.paidAt,
    depositRefundDueAt: c.deposit?.refundDueAt,
    demandSentAt: c.deposit?.demandSentAt,
  };
  const out: Partial<Record<DateFact, boolean>> = { firstContactAt: true, lastContactAt: true };
  for (const [name, value] of Object.entries(raw)) if (value !== undefined) out[name as DateFact] = value.length > 10;
  return out;
}

function caseDates(c: Case, tz: string): Partial<Record<DateFact, number>> {
  const contacts = [...(c.contacts ?? [])].map((contact) => instantOf(contact.at, tz)).sort((a, b) => a - b);
  const raw: Record<DateFact, string | number | undefined> = {
    transactionAt: c.transaction?.at,
    noticeAt: c.dispute?.noticeAt,
    respondBy: c.dispute?.respondBy,
    settlementExpectedAt: c.settlement?.expectedAt,
    lostAt: c.terminal?.lostAt,
    reportedLostAt: c.terminal?.reportedLostAt,
    refundRequestedAt: c.refund?.requestedAt,
    refundAppliedAt: c.refund?.appliedAt,
    depositPaidAt: c.deposit?.paidAt,
    depositRefundDueAt: c.deposit?.refundDueAt,
    demandSentAt: c.deposit?.demandSentAt,
    firstContactAt: contacts[0],
    lastContactAt: contacts[contacts.length - 1],
  };
  const out: Partial<Record<DateFact, number>> = {};
  for (const name of DATE_FACTS) {
    const value = raw[name];
    if (value !== undefined) out[name] = typeof value === 'number' ? value : instantOf(value, tz);
  }
  return out;
}

/** Plain-date fields mean "some time that day": keep them as local days, not midnight instants. */
function localDays(instants: Partial<Record<DateFact, number>>, tz: string): Partial<Record<DateFact, DayNumber>> {
  const out: Partial<Record<DateFact, DayNumber>> = {};
  for (const name of DATE_FACTS) {
    const instant = instants[name];
    if (instant !== undefined) out[name] = localDayOf(instant, tz);
  }
  return out;
}

/** The cause: the case's own, else the first crosswalk entry for the reason code (network first). */
function deriveCause(c: Case, ruleSet: RuleSet): { cause: string | null; fromCode: boolean; candidates: string[] } {
  const code = c.dispute?.reasonCode?.trim();
  const candidates: string[] = [];
  if (code) {
    const network = c.transaction?.network;
    const matches = ruleSet.catalog.crosswalk.filter((entry) => entry.code.toLowerCase() === code.toLowerCase());
    const preferred = network ? matches.filter((entry) => entry.network === network) : [];
    for (const entry of preferred.length > 0 ? preferred : matches) {
      const fits = ruleSet.catalog.causes[entry.cause]?.scenarios.includes(c.scenario) ?? false;
      if (fits && !candidates.includes(entry.cause)) candidates.push(entry.cause);
    }
  }
  if (c.cause !== undefined) return { cause: c.cause, fromCode: false, candidates };
  return { cause: candidates[0] ?? null, fromCode: candidates.length > 0, candidates };
}

const RANK_NONE = -1;

/**
 * Computes the facts the rules need, so rule files stay declarative: days since each date, contact
 * state per channel, evidence held, the cause from the reason code, expected settlement date.
 */
export function deriveFacts(c: Case, ruleSet: RuleSet, context: FactContext): DerivedFacts {
  const { timeZone: tz, calendar } = context;
  const instants = caseDates(c, tz);
  const timed = timedDates(c);
  const days = localDays(instants, tz);
  const today = localDayOf(context.asOf, tz);
  let outsideCalendar = false;

  // Expected settlement: the stated date, else the transaction day moved by the cycle's rule.
  const cycle = c.settlement?.cycle ? ruleSet.catalog.settlementCycles[c.settlement.cycle] : undefined;
  if (days.settlementExpectedAt === undefined && cycle && days.transactionAt !== undefined) {
    const moved = addDuration(calendar, days.transactionAt, cycle.days, cycle.unit);
    outsideCalendar ||= moved.outsideCalendar;
    days.settlementExpectedAt = moved.day;
  }

  const daysSince: Record<string, number | null> = {};
  const workingDaysSince: Record<string, number | null> = {};
  const monthsSince: Record<string, number | null> = {};
  for (const name of DATE_FACTS) {
    const day = days[name];
    if (day === undefined) {
      daysSince[name] = workingDaysSince[name] = monthsSince[name] = null;
      continue;
    }
    daysSince[name] = today - day;
    const working = countWorkingDays(calendar, day, today);
    outsideCalendar ||= working.outsideCalendar;
    workingDaysSince[name] = working.count;
    monthsSince[name] = monthsBetween(day, today);
  }

  const contact: Record<string, { tried: boolean; responded: boolean | null; unanswered: boolean; daysSince: number | null; workingDaysSince: number | null }> = {};
  const latest = new Map<string, { at: number; responded: boolean }>();
  for (const entry of c.contacts ?? []) {
    const at = instantOf(entry.at, tz);
    const seen = latest.get(entry.channel);
    if (!seen || at > seen.at || (at === seen.at && entry.responded)) latest.set(entry.channel, { at, responded: entry.responded });
  }
  let mostAdvanced: string | null = null;
  let mostAdvancedRank = RANK_NONE;
  for (const [channel, definition] of Object.entries(ruleSet.catalog.channels)) {
    const seen = latest.get(channel);
    if (!seen) {
      contact[channel] = { tried: false, responded: null, unanswered: false, daysSince: null, workingDaysSince: null };
      continue;
    }
    const day = localDayOf(seen.at, tz);
    const working = countWorkingDays(calendar, day, today);
    outsideCalendar ||= working.outsideCalendar;
    contact[channel] = { tried: true, responded: seen.responded, unanswered: !seen.responded, daysSince: today - day, workingDaysSince: working.count };
    if (definition.rank > mostAdvancedRank) {
      mostAdvancedRank = definition.rank;
      mostAdvanced = channel;
    }
  }
  const contacted = Object.keys(contact).filter((channel) => contact[channel]!.tried).sort();

  const signals: Record<string, boolean> = {};
  for (const name of SIGNALS) signals[name] = c.signals?.[name] ?? false;

  const cause = deriveCause(c, ruleSet);
  const expected = c.settlement?.expectedAmount;
  const received = c.settlement?.receivedAmount;

  const facts: Facts = {
    scenario: c.scenario,
    cause: cause.cause,
    causeFromReasonCode: cause.fromCode,
    party: c.party ?? 'merchant',
    stage: c.dispute?.stage ?? null,
    network: c.transaction?.network ?? null,
    reasonCode: c.dispute?.reasonCode ?? null,
    reasonCodeKnown: cause.candidates.length > 0,
    cardPresent: c.transaction?.cardPresent ?? null,
    entryMode: c.transaction?.entryMode ?? null,
    verification: c.transaction?.verification ?? null,
    acquirerKind: c.acquirer?.kind ?? null,
    amount: c.transaction?.amount ?? null,
    currency: c.transaction?.currency ?? 'CNY',
    disputeAmount: c.dispute?.amount ?? c.transaction?.amount ?? null,
    settlementCycle: c.settlement?.cycle ?? null,
    settlementPayer: c.settlement?.payer ?? null,
    holdNotice: c.settlement?.holdNotice ?? null,
    expectedAmount: expected ?? null,
    receivedAmount: received ?? null,
    shortfall: expected !== undefined && received !== undefined ? Math.round((expected - received) * 100) / 100 : null,
    refundMethod: c.refund?.method ?? null,
    refundStatus: c.refund?.status ?? null,
    depositAmount: c.deposit?.amount ?? null,
    transactionsAfterReport: c.terminal?.transactionsAfterReport ?? null,
    contactCount: c.contacts?.length ?? 0,
    mostAdvancedContact: mostAdvanced,
    evidenceHeld: [...new Set(c.evidence ?? [])].sort(),
    contactedChannels: contacted,
    unansweredChannels: contacted.filter((channel) => contact[channel]!.unanswered),
    signals,
    daysSince,
    workingDaysSince,
    monthsSince,
    contact,
    params: { ...context.parameters },
  };
  const contactAt: Record<string, number> = {};
  for (const [channel, seen] of [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) contactAt[channel] = seen.at;
  return { facts, dates: { instants, days, timed, contactAt, today, outsideCalendar, causeCandidates: cause.candidates } };
}
