import type { DayNumber } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { countWorkingDays } from '../calendar/working-calendar.js';
import { localDayOf } from '../calendar/zoned-time.js';
import type { Case } from '../case/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { planOf } from './rule-set-plan.js';

/** What the rules know of one channel: its latest contact, as `contact.<channel>.<field>`. */
export interface ContactFact {
  tried: boolean;
  responded: boolean | null;
  unanswered: boolean;
  daysSince: number | null;
  workingDaysSince: number | null;
  premature: boolean;
  outcome: string | null;
}

/** The latest contact on one channel. */
export interface LatestContact {
  at: number;
  responded: boolean;
  outcome: string | null;
}

/** The contact facts by channel, with the summaries rules test. */
export type ContactFacts = {
  contact: Record<string, ContactFact>;
  contactedChannels: string[];
  unansweredChannels: string[];
  mostAdvancedContact: string | null;
  contactOutcomes: string[];
};

/** The contact fact of every channel a case has not tried (shared: rules only read facts). */
export const UNTRIED: Readonly<ContactFact> = Object.freeze({
  tried: false,
  responded: null,
  unanswered: false,
  daysSince: null,
  workingDaysSince: null,
  premature: false,
  outcome: null,
});
const PREMATURE: Readonly<ContactFact> = Object.freeze({ ...UNTRIED, premature: true });

/**
 * The latest contact per channel; of two at the same instant, one that got a response.
 *
 * @example
 * const latest = latestContacts(kase.contacts ?? [], instants);
 */
export function latestContacts(
  contacts: NonNullable<Case['contacts']>,
  contactInstants: readonly number[],
): Map<string, LatestContact> {
  const latest = new Map<string, LatestContact>();
  for (let i = 0; i < contacts.length; i += 1) {
    const entry = contacts[i]!;
    const at = contactInstants[i]!;
    const seen = latest.get(entry.channel);
    if (!seen || at > seen.at || (at === seen.at && entry.responded))
      latest.set(entry.channel, { at, responded: entry.responded, outcome: entry.outcome ?? null });
  }
  return latest;
}

/** Where the contact facts are counted from: the case's zone, calendar, today and premature channels. */
export interface ContactClock {
  timeZone: string;
  calendar: WorkingCalendar;
  today: DayNumber;
  /** Channels whose latest contact came before their gate was met: counted as not tried. */
  premature?: ReadonlySet<string> | undefined;
}

/**
 * The contact facts of every channel of the rule set, in catalog order, from the latest contacts.
 *
 * @example
 * const { facts, outsideCalendar } = deriveContactFacts(latest, ruleSet, { timeZone, calendar, today });
 */
export function deriveContactFacts(
  latest: ReadonlyMap<string, LatestContact>,
  ruleSet: RuleSet,
  clock: ContactClock,
): { facts: ContactFacts; outsideCalendar: boolean } {
  const contact: Record<string, ContactFact> = {};
  let mostAdvanced: string | null = null;
  let mostAdvancedRank = -1;
  let outsideCalendar = false;
  const contacted: string[] = [];
  for (const [channel, definition] of planOf(ruleSet).channels) {
    const seen = latest.get(channel);
    if (!seen || clock.premature?.has(channel)) {
      contact[channel] = seen ? { ...PREMATURE, outcome: seen.outcome } : UNTRIED;
      continue;
    }
    contacted.push(channel);
    const day = localDayOf(seen.at, clock.timeZone);
    const working = countWorkingDays(clock.calendar, day, clock.today);
    outsideCalendar ||= working.outsideCalendar;
    contact[channel] = {
      tried: true,
      responded: seen.responded,
      unanswered: !seen.responded,
      daysSince: clock.today - day,
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
  const outcomes = [...latest.values()].flatMap((seen) => (seen.outcome === null ? [] : [seen.outcome]));
  const facts: ContactFacts = {
    contact,
    contactedChannels: contacted,
    unansweredChannels: contacted.filter((channel) => contact[channel]!.unanswered),
    mostAdvancedContact: mostAdvanced,
    contactOutcomes: [...new Set(outcomes)].sort(),
  };
  return { facts, outsideCalendar };
}
