import type { Case } from '../case/schema.js';
import { instantOf } from '../calendar/zoned-time.js';
import type { Evaluation } from '../evaluate/evaluation.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { ContactFact, ContactFacts } from './contact-facts.js';
import type { Facts } from './facts.js';

type Contact = NonNullable<Case['contacts']>[number];

/** The contact facts as they stood before `at`: who had been tried, and how they answered. */
function contactFactsBefore(
  contacts: readonly Contact[],
  at: number,
  timeZone: string,
  channels: readonly string[],
): Omit<ContactFacts, 'contactOutcomes'> & { contactCount: number } {
  const latest = new Map<string, Contact>();
  for (const c of contacts) {
    const t = instantOf(c.at, timeZone);
    if (t < at && (!latest.has(c.channel) || t >= instantOf(latest.get(c.channel)!.at, timeZone)))
      latest.set(c.channel, c);
  }
  const contact: Record<string, ContactFact> = {};
  for (const channel of channels) {
    const seen = latest.get(channel);
    contact[channel] = {
      tried: seen !== undefined,
      responded: seen?.responded ?? null,
      unanswered: seen ? !seen.responded : false,
      daysSince: null,
      workingDaysSince: null,
      premature: false,
      outcome: seen?.outcome ?? null,
    };
  }
  const tried = [...latest.keys()].sort();
  return {
    contact,
    contactedChannels: tried,
    unansweredChannels: tried.filter((c) => !latest.get(c)!.responded),
    contactCount: latest.size,
    mostAdvancedContact: null,
  };
}

/**
 * Channels whose latest contact came before their gate was met (the regulator called before the
 * institution), or sent the merchant back to another channel first: such a contact is no progress,
 * so the rung stays ahead. Only gates that open as earlier rungs are used (`keepInLadder`) count;
 * each is evaluated on the case's facts with the contacts as they stood before that contact.
 *
 * @example
 * const premature = await findPrematureContacts(kase, ruleSet, 'Asia/Shanghai', facts, evaluate);
 */
export async function findPrematureContacts(
  kase: Case,
  ruleSet: RuleSet,
  timeZone: string,
  facts: Facts,
  evaluate: (facts: Facts) => Evaluation | Promise<Evaluation>,
): Promise<Set<string>> {
  const premature = new Set<string>();
  const contacts = kase.contacts ?? [];
  if (contacts.length === 0) return premature;
  const { channels, gates } = ruleSet.catalog;
  const gated = (channel: string) =>
    (channels[channel]?.gates ?? []).some((gate) => gates[gate]?.keepInLadder === true);
  if (!contacts.some((c) => c.outcome === 'referred_back' || gated(c.channel))) return premature;
  const latest = new Map<string, { at: number; sentBack: boolean }>();
  for (const contact of contacts) {
    const at = instantOf(contact.at, timeZone);
    if (at >= (latest.get(contact.channel)?.at ?? -Infinity))
      latest.set(contact.channel, { at, sentBack: contact.outcome === 'referred_back' });
  }
  const byInstant = new Map<number, Evaluation>();
  for (const [channel, { at, sentBack }] of [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Sent back to another channel first: whatever its gates say, the rung is still ahead.
    if (sentBack) {
      premature.add(channel);
      continue;
    }
    const opening = (channels[channel]?.gates ?? []).filter((gate) => gates[gate]?.keepInLadder === true);
    if (opening.length === 0) continue;
    let evaluation = byInstant.get(at);
    if (!evaluation) {
      evaluation = await evaluate({ ...facts, ...contactFactsBefore(contacts, at, timeZone, Object.keys(channels)) });
      byInstant.set(at, evaluation);
    }
    if (opening.some((gate) => !evaluation.gates[gate])) premature.add(channel);
  }
  return premature;
}
