// The invariants every result keeps, checked against the case, the rule set and the facts
// recomputed from the case. Each check throws naming the invariant it found broken.
import { ResultSchema, chineseWorkingCalendar, type Result, type RuleSet } from '../../src/index.js';
import { dayNumberOf } from '../../src/calendar/local-date.js';
import { instantOf } from '../../src/calendar/zoned-time.js';
import type { Case } from '../../src/case/schema.js';
import { deriveFacts } from '../../src/facts/derive-facts.js';
import { evaluateCondition } from './evaluate-condition.js';

const THEFT_OR_FRAUD_CAUSES = ['card_fraud', 'terminal_stolen'];

function localDay(timestamp: string): number {
  return dayNumberOf(timestamp.slice(0, 10));
}

/** A plain check: invariants run for every generated case, and expect() costs more than the triage. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`invariant broken: ${message}`);
}

function isSortedBy<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  return items.every((item, i) => i === 0 || compare(items[i - 1]!, item) <= 0);
}

const rulesByIdCache = new WeakMap<RuleSet, Map<string, RuleSet['rules'][number]>>();
function rulesByIdOf(ruleSet: RuleSet) {
  let map = rulesByIdCache.get(ruleSet);
  if (!map) {
    map = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
    rulesByIdCache.set(ruleSet, map);
  }
  return map;
}

/** Checks one result of a valid case; `defaultTimeZone` is the triage object's zone for cases without one. */
export function expectResultInvariants(
  kase: Case,
  result: Result,
  ruleSet: RuleSet,
  defaultTimeZone = 'Asia/Shanghai',
): void {
  const parsed = ResultSchema.safeParse(result);
  check(parsed.success, `the result passes ResultSchema: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`);
  check(result.caseId === kase.id && result.scenario === kase.scenario, 'id and scenario echoed');

  const timeZone = kase.timeZone ?? defaultTimeZone;
  const asOf = instantOf(kase.asOf!, timeZone);
  const rulesById = rulesByIdOf(ruleSet);
  const fired = result.explanation.map((item) => rulesById.get(item.rule)!);
  check(fired.every(Boolean), 'explanation names rules of the rule set');
  check(
    isSortedBy(fired, (a, b) => b.priority - a.priority || a.index - b.index),
    'explanation in priority, then definition order',
  );

  // Evidence: the union of the fired rules', required when any rule requires it, required first, held exactly when the case holds it.
  const held = new Set(kase.evidence ?? []);
  const expectedEvidence = new Map<string, boolean>();
  for (const rule of fired)
    for (const e of rule.outcome.evidence ?? [])
      expectedEvidence.set(e.id, (expectedEvidence.get(e.id) ?? false) || e.required);
  check(
    result.evidence.length === expectedEvidence.size,
    "evidence is the union of the fired rules' evidence, without duplicates",
  );
  for (const item of result.evidence) {
    check(
      expectedEvidence.get(item.id) === item.required,
      `evidence ${item.id} required when some fired rule requires it`,
    );
    check(item.held === held.has(item.id), `evidence ${item.id} held exactly when the case holds it`);
  }
  check(
    isSortedBy(result.evidence, (a, b) => Number(b.required) - Number(a.required)),
    'required evidence first',
  );

  // Actions: the union of the fired rules', no duplicates, sorted by their smallest declared order, then id.
  const order = new Map<string, number>();
  for (const rule of fired)
    for (const a of rule.outcome.actions ?? []) order.set(a.id, Math.min(order.get(a.id) ?? Infinity, a.order));
  const actionIds = result.actions.map((a) => a.id);
  check(new Set(actionIds).size === actionIds.length, 'no duplicate actions');
  check(
    actionIds.length === order.size && actionIds.every((id) => order.has(id)),
    "actions are the union of the fired rules' actions",
  );
  check(
    isSortedBy(actionIds, (a, b) => order.get(a)! - order.get(b)! || (a < b ? -1 : a > b ? 1 : 0)),
    'actions sorted by order, then id',
  );

  // Escalation: the channel's gates are open (recomputed from the facts by an independent reading of
  // the gate conditions), it was not tried already, and police run in parallel when fraud or theft is signalled
  // (unless already reported).
  const { channel, parallel, ladder } = result.escalation;
  const tried = new Set((kase.contacts ?? []).map((c) => c.channel));
  if (channel !== null) {
    const gates = ruleSet.catalog.channels[channel]!.gates ?? [];
    if (gates.length > 0) {
      const { facts } = deriveFacts(kase, ruleSet, {
        asOf,
        timeZone,
        calendar: chineseWorkingCalendar(),
        parameters: ruleSet.parameterValues,
      });
      for (const gate of gates)
        check(
          evaluateCondition(ruleSet.catalog.gates[gate]!.conditions, facts, ruleSet.namedConditions),
          `gate ${gate} of ${channel} is open`,
        );
    }
    // A contact is no progress when the channel sent the merchant back, or when it came before the
    // rung's gate opened (research §2.3, §6.6): such a rung may come round again.
    const noProgress = (kase.contacts ?? []).some(
      (c) => c.channel === channel && (c.outcome === 'referred_back' || gates.length > 0),
    );
    check(!tried.has(channel) || noProgress, `${channel} not tried yet, or tried with no progress`);
    check(
      !parallel.includes(channel) && !ladder.includes(channel),
      `${channel} neither in parallel nor ahead on the ladder`,
    );
  }
  check(new Set(parallel).size === parallel.length, 'no duplicates in parallel');
  const fraudOrTheft = kase.signals?.fraudSuspected === true || THEFT_OR_FRAUD_CAUSES.includes(result.cause ?? '');
  // Police runs alongside (or is next) unless the case shows it was reported already.
  if (fraudOrTheft)
    check(channel === 'police_110' || parallel.includes('police_110') || tried.has('police_110'), 'police in parallel');
  for (const p of parallel) check(!tried.has(p), `parallel ${p} not tried yet`);
  if (result.escalation.when !== 'now')
    check(Date.parse(result.escalation.when) > Date.parse(result.asOf), '"when" is later than asOf');

  // Deadlines: daysLeft is the count of local days from asOf to dueAt in the case's zone; expired agrees with the instants.
  const today = localDay(result.asOf);
  for (const d of result.deadlines) {
    check(
      d.daysLeft === localDay(d.dueAt) - today,
      `daysLeft of ${d.id} (${d.daysLeft}) counts local days from ${result.asOf} to ${d.dueAt}`,
    );
    const due = Date.parse(d.dueAt);
    const now = Date.parse(result.asOf);
    if (due !== now) check(d.expired === due < now, `${d.id} expired exactly when its due time has passed`);
  }
  check(
    isSortedBy(result.deadlines, (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)),
    'deadlines in due order',
  );
  check(Date.parse(result.asOf) === Math.floor(asOf / 1000) * 1000, 'asOf echoed to the second');
}
