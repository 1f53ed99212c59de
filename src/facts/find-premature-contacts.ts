import type { Case } from '../case/schema.js';
import { instantOf } from '../calendar/zoned-time.js';
import type { Evaluation } from '../evaluate/evaluation.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Facts } from './derive-facts.js';

/**
 * Channels whose latest contact came before their gate was met (the regulator called before the
 * institution), or sent the merchant back to another channel first: such a contact is no progress, so the rung stays ahead. Only gates that can open
 * later (`keepInLadder`) count; each is evaluated on the contacts made before that contact.
 *
 * @example
 * const premature = await findPrematureContacts(kase, ruleSet, 'Asia/Shanghai', derive, evaluate);
 */
export async function findPrematureContacts(
  kase: Case,
  ruleSet: RuleSet,
  timeZone: string,
  derive: (kase: Case) => Facts,
  evaluate: (facts: Facts) => Evaluation | Promise<Evaluation>,
): Promise<Set<string>> {
  const premature = new Set<string>();
  const contacts = kase.contacts ?? [];
  if (contacts.length === 0) return premature;
  const { channels, gates } = ruleSet.catalog;
  const latest = new Map<string, number>();
  const sentBack = new Map<string, boolean>();
  for (const contact of contacts) {
    const at = instantOf(contact.at, timeZone);
    if (at < (latest.get(contact.channel) ?? -Infinity)) continue;
    latest.set(contact.channel, at);
    sentBack.set(contact.channel, contact.outcome === 'referred_back');
  }
  for (const [channel, at] of [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Sent back to another channel first: whatever its gates say, the rung is still ahead.
    if (sentBack.get(channel) === true) {
      premature.add(channel);
      continue;
    }
    const opening = (channels[channel]?.gates ?? []).filter((gate) => gates[gate]?.keepInLadder === true);
    if (opening.length === 0) continue;
    const before = contacts.filter((c) => c.channel !== channel && instantOf(c.at, timeZone) < at);
    const evaluation = await evaluate(derive({ ...kase, contacts: before }));
    if (opening.some((gate) => !evaluation.gates[gate])) premature.add(channel);
  }
  return premature;
}
