import { NETWORKS, type Case } from '../case/schema.js';
import { addDuration } from '../calendar/count-days.js';
import { monthsBetween, type DayNumber } from '../calendar/local-date.js';
import type { CalendarKind } from '../calendar/clock-side.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { instantOf, localDayOf } from '../calendar/zoned-time.js';
import type { RuleSet } from '../rules/rule-set.js';
import { countWorkingDays } from '../calendar/working-calendar.js';
import { deriveComplaintFacts } from './complaint-facts.js';
import { countHours } from './count-hours.js';
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
  /** Channels whose latest contact came before their gate was met: counted as not tried. */
  premature?: ReadonlySet<string>;
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
  /** Which calendar a date derived by counting working days used (the expected settlement date). */
  calendarOf: Partial<Record<DateFact, { calendar: CalendarKind; provisionalYears: readonly number[] }>>;
  causeCandidates: string[];
}

export interface DerivedFacts {
  facts: Facts;
  dates: DerivedDates;
}

/** The case's own date fields, in DATE_FACTS order (the two contact dates come from its contacts). */
function caseDateTexts(c: Case): Array<string | undefined> {
  const { transaction, dispute, settlement, terminal, refund, deposit, limitation, feeChange, complaint } = c;
  return [
    transaction?.at,
    dispute?.noticeAt,
    dispute?.respondBy,
    settlement?.expectedAt,
    terminal?.lostAt,
    terminal?.reportedLostAt,
    refund?.requestedAt,
    refund?.appliedAt,
    deposit?.paidAt,
    deposit?.refundDueAt,
    deposit?.demandSentAt,
    settlement?.hold?.noticeAt,
    settlement?.hold?.releaseAt,
    limitation?.knownAt,
    limitation?.interruptedAt,
    feeChange?.announcedAt,
    feeChange?.effectiveAt,
    complaint?.receivedAt,
    complaint?.repliedAt,
    complaint?.dueAt,
  ];
}

/** A record with every date fact as a key, in DATE_FACTS order: one shape for every case. */
function dateRecord<T>(): Partial<Record<DateFact, T>> {
  return {
    transactionAt: undefined,
    noticeAt: undefined,
    respondBy: undefined,
    settlementExpectedAt: undefined,
    lostAt: undefined,
    reportedLostAt: undefined,
    refundRequestedAt: undefined,
    refundAppliedAt: undefined,
    depositPaidAt: undefined,
    depositRefundDueAt: undefined,
    demandSentAt: undefined,
    holdNoticeAt: undefined,
    holdReleaseAt: undefined,
    limitationKnownAt: undefined,
    limitationInterruptedAt: undefined,
    feeAnnouncedAt: undefined,
    feeEffectiveAt: undefined,
    complaintReceivedAt: undefined,
    complaintRepliedAt: undefined,
    complaintDueAt: undefined,
    firstContactAt: undefined,
    lastContactAt: undefined,
  };
}

/** What every case of a rule set reads the same way, prepared once per rule set. */
interface RuleSetPlan {
  channels: Array<[string, { rank: number }]>;
  /** Crosswalk entries by lower-case code, in catalog order. */
  crosswalk: Map<string, RuleSet['catalog']['crosswalk'][number][]>;
}

const plans = new WeakMap<RuleSet, RuleSetPlan>();

function planOf(ruleSet: RuleSet): RuleSetPlan {
  let plan = plans.get(ruleSet);
  if (!plan) {
    const crosswalk: RuleSetPlan['crosswalk'] = new Map();
    for (const entry of ruleSet.catalog.crosswalk) {
      const key = entry.code.toLowerCase();
      const list = crosswalk.get(key);
      if (list) list.push(entry);
      else crosswalk.set(key, [entry]);
    }
    plan = { channels: Object.entries(ruleSet.catalog.channels), crosswalk };
    plans.set(ruleSet, plan);
  }
  return plan;
}

/** Rules only read facts: every case of a rule set can share one frozen copy of its parameters. */
const sharedParameters = new WeakMap<object, Readonly<Record<string, number>>>();

function parametersFact(parameters: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  let shared = sharedParameters.get(parameters);
  if (!shared) {
    shared = Object.freeze({ ...parameters });
    sharedParameters.set(parameters, shared);
  }
  return shared;
}

/** The cause: the case's own, else the first crosswalk entry for the reason code (network first). */
function deriveCause(
  c: Case,
  ruleSet: RuleSet,
): { cause: string | null; fromCode: boolean; candidates: string[]; otherNetwork: boolean | null } {
  const code = c.dispute?.reasonCode?.trim();
  const candidates: string[] = [];
  let otherNetwork: boolean | null = null;
  if (code) {
    const network = c.transaction?.network;
    const matches = planOf(ruleSet).crosswalk.get(code.toLowerCase()) ?? [];
    const preferred = network ? matches.filter((entry) => entry.network === network) : [];
    // The code is known, but only for other card networks than the transaction's: an impossible
    // pair. A processor's own codes (Stripe's enum) belong to no network and say nothing here.
    const networkCodes = matches.filter((entry) => (NETWORKS as readonly string[]).includes(entry.network));
    if (network && network !== 'other' && networkCodes.length > 0) otherNetwork = preferred.length === 0;
    for (const entry of preferred.length > 0 ? preferred : matches) {
      const fits = ruleSet.catalog.causes[entry.cause]?.scenarios.includes(c.scenario) ?? false;
      if (fits && !candidates.includes(entry.cause)) candidates.push(entry.cause);
    }
  }
  if (c.cause !== undefined) return { cause: c.cause, fromCode: false, candidates, otherNetwork };
  return { cause: candidates[0] ?? null, fromCode: candidates.length > 0, candidates, otherNetwork };
}

const RANK_NONE = -1;

/** The contact fact of every channel a case has not tried (shared: rules only read facts). */
const UNTRIED = Object.freeze({
  tried: false,
  responded: null,
  unanswered: false,
  daysSince: null,
  workingDaysSince: null,
  premature: false,
  outcome: null,
});
const PREMATURE = Object.freeze({ ...UNTRIED, premature: true });

/**
 * Computes the facts the rules need, so rule files stay declarative: days since each date, contact
 * state per channel, evidence held, the cause from the reason code, expected settlement date.
 */
export function deriveFacts(c: Case, ruleSet: RuleSet, context: FactContext): DerivedFacts {
  const { timeZone: tz, calendar } = context;
  const contacts = c.contacts ?? [];
  const contactInstants = contacts.map((contact) => instantOf(contact.at, tz));
  let firstContact: number | undefined;
  let lastContact: number | undefined;
  for (const at of contactInstants) {
    if (firstContact === undefined || at < firstContact) firstContact = at;
    if (lastContact === undefined || at > lastContact) lastContact = at;
  }
  // Instants, local days and "given with a time of day" per date fact; plain-date fields mean
  // "some time that day", so they are kept as local days rather than midnight instants.
  const instants = dateRecord<number>();
  const days = dateRecord<DayNumber>();
  const timed = dateRecord<boolean>();
  timed.firstContactAt = true;
  timed.lastContactAt = true;
  const texts = caseDateTexts(c);
  for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i];
    if (text === undefined) continue;
    const name = DATE_FACTS[i]!;
    const instant = instantOf(text, tz);
    instants[name] = instant;
    days[name] = localDayOf(instant, tz);
    timed[name] = text.length > 10;
  }
  if (firstContact !== undefined) {
    instants.firstContactAt = firstContact;
    days.firstContactAt = localDayOf(firstContact, tz);
    instants.lastContactAt = lastContact;
    days.lastContactAt = localDayOf(lastContact!, tz);
  }
  const today = localDayOf(context.asOf, tz);
  let outsideCalendar = false;
  const calendarOf: DerivedDates['calendarOf'] = {};

  // Expected settlement: the stated date, else the transaction day moved by the cycle's rule.
  const cycle = c.settlement?.cycle ? ruleSet.catalog.settlementCycles[c.settlement.cycle] : undefined;
  if (days.settlementExpectedAt === undefined && cycle && days.transactionAt !== undefined) {
    // The other party's clock: not called late before the latest plausible date.
    const moved = addDuration(calendar, days.transactionAt, cycle.days, cycle.unit, cycle.side ?? 'counterparty');
    outsideCalendar ||= moved.outsideCalendar;
    days.settlementExpectedAt = moved.day;
    calendarOf.settlementExpectedAt = { calendar: moved.calendar, provisionalYears: moved.provisionalYears };
  }

  const daysSince: Record<string, number | null> = {};
  const workingDaysSince: Record<string, number | null> = {};
  const monthsSince: Record<string, number | null> = {};
  const { hoursSince, hoursUntil } = countHours(instants, timed, days, context);
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

  type ContactFact = {
    tried: boolean;
    responded: boolean | null;
    unanswered: boolean;
    daysSince: number | null;
    workingDaysSince: number | null;
    premature: boolean;
    outcome: string | null;
  };
  const contact: Record<string, ContactFact> = {};
  const latest = new Map<string, { at: number; responded: boolean; outcome: string | null }>();
  for (let i = 0; i < contacts.length; i += 1) {
    const entry = contacts[i]!;
    const at = contactInstants[i]!;
    const seen = latest.get(entry.channel);
    if (!seen || at > seen.at || (at === seen.at && entry.responded))
      latest.set(entry.channel, { at, responded: entry.responded, outcome: entry.outcome ?? null });
  }
  let mostAdvanced: string | null = null;
  let mostAdvancedRank = RANK_NONE;
  const contacted: string[] = [];
  for (const [channel, definition] of planOf(ruleSet).channels) {
    const seen = latest.get(channel);
    if (!seen || context.premature?.has(channel)) {
      contact[channel] = seen ? { ...PREMATURE, outcome: seen.outcome } : UNTRIED;
      continue;
    }
    contacted.push(channel);
    const day = localDayOf(seen.at, tz);
    const working = countWorkingDays(calendar, day, today);
    outsideCalendar ||= working.outsideCalendar;
    contact[channel] = {
      tried: true,
      responded: seen.responded,
      unanswered: !seen.responded,
      daysSince: today - day,
      workingDaysSince: working.count,
      premature: false,
      outcome: seen.outcome,
    };
    if (definition.rank > mostAdvancedRank) {
      mostAdvancedRank = definition.rank;
      mostAdvanced = channel;
    }
  }
  contacted.sort();

  const signals = deriveSignals(c, ruleSet);
  const related = c.relatedTransactions ?? [];
  const afterReport = related.filter((t) => t.relation === 'after_loss_report').length;
  const reportedAfter = c.terminal?.transactionsAfterReport;
  const sent = contacts.flatMap((entry) => entry.sentEvidence ?? []);

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
    reasonCodeOtherNetwork: cause.otherNetwork,
    causeFitsScenario:
      c.cause === undefined ? null : (ruleSet.catalog.causes[c.cause]?.scenarios.includes(c.scenario) ?? false),
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
    transactionsAfterReport:
      reportedAfter === undefined && afterReport === 0 ? null : Math.max(reportedAfter ?? 0, afterReport),
    contactCount: c.contacts?.length ?? 0,
    mostAdvancedContact: mostAdvanced,
    ...deriveComplaintFacts(c),
    evidenceHeld:
      (c.evidence === undefined || c.evidence.length === 0) && sent.length === 0
        ? []
        : [...new Set([...(c.evidence ?? []), ...sent])].sort(),
    evidenceSent: sent.length === 0 ? [] : [...new Set(sent)].sort(),
    contactOutcomes: [
      ...new Set([...latest.values()].flatMap((seen) => (seen.outcome === null ? [] : [seen.outcome]))),
    ].sort(),
    relatedRelations: [...new Set(related.map((t) => t.relation))].sort(),
    relatedTransactionCount: related.length,
    chipCard: c.transaction?.chipCard ?? null,
    holdKind: c.settlement?.hold?.kind ?? null,
    feeNoticeDays:
      days.feeAnnouncedAt !== undefined && days.feeEffectiveAt !== undefined
        ? days.feeEffectiveAt - days.feeAnnouncedAt
        : null,
    agentAcquirerKnown:
      c.agent === undefined ? null : c.agent.acquirerName !== undefined && c.agent.acquirerName.trim() !== '',
    contactedChannels: contacted,
    unansweredChannels: contacted.filter((channel) => contact[channel]!.unanswered),
    signals,
    daysSince,
    workingDaysSince,
    monthsSince,
    hoursSince,
    hoursUntil,
    contact,
    params: parametersFact(context.parameters),
  };
  // Keys vary from case to case: a dictionary object spares V8 a hidden class per combination.
  const contactAt: Record<string, number> = Object.create(null);
  const byChannel = latest.size > 1 ? [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)) : latest.entries();
  for (const [channel, seen] of byChannel) contactAt[channel] = seen.at;
  return {
    facts,
    dates: { instants, days, timed, contactAt, today, outsideCalendar, calendarOf, causeCandidates: cause.candidates },
  };
}

/**
 * Signals as facts: `null` when the case does not say (unknown), never `false`. `consumerPurchase`,
 * the older spelling, stands for whichever consumer signal the scenario's catalog entry names, and
 * the two spellings fill each other in.
 */
function deriveSignals(c: Case, ruleSet: RuleSet): Record<string, boolean | null> {
  const signals: Record<string, boolean | null> = {};
  for (const name of SIGNALS) signals[name] = c.signals?.[name] ?? null;
  const fitting = ruleSet.catalog.scenarios[c.scenario]?.consumerSignal;
  if (fitting !== undefined) {
    signals[fitting] ??= signals.consumerPurchase!;
    signals.consumerPurchase = signals[fitting]!;
  }
  return signals;
}
