import { addDuration } from '../calendar/count-days.js';
import { isoDateOf } from '../calendar/local-date.js';
import { instantOf } from '../calendar/zoned-time.js';
import type { DateFact } from '../facts/fact-catalog.js';
import type { Outcome, Window } from '../rules/schema.js';
import type { Text } from '../text.js';
import type { ComputedDeadline } from './assemble-deadlines.js';
import { mergeCalendarUse, type CalendarUse } from './calendar-use.js';
import type { AssemblyContext } from './context.js';
import { resolveDays } from './resolve-days.js';

type EscalationSpec = NonNullable<Outcome['escalation']>[number];

/** One rung of the ladder: a channel with what the fired rules say of it. */
export interface EscalationStep {
  channel: string;
  order: number;
  rank: number;
  replyWindow?: Window;
  notBefore?: number;
  /** An alternative trigger fired: due now, ahead of untried earlier rungs, without awaiting a reply. */
  now: boolean;
  reason: Text;
  rules: string[];
}

/** The earliest instant a rung may be used: its own not-before count and any deadline it waits for. */
function notBeforeOf(
  ctx: AssemblyContext,
  spec: EscalationSpec,
  deadlines: ReadonlyMap<string, ComputedDeadline>,
  uses: CalendarUse[],
): number | undefined {
  const { ruleSet, dates, timeZone, calendar } = ctx;
  let notBefore: number | undefined;
  const day = spec.notBefore ? dates.days[spec.notBefore.from as DateFact] : undefined;
  if (spec.notBefore && day !== undefined) {
    const { days, unit, side } = spec.notBefore;
    const moved = addDuration(calendar, day, resolveDays(days, ruleSet), unit, side ?? 'counterparty');
    uses.push(moved);
    notBefore = instantOf(isoDateOf(moved.day), timeZone);
  }
  // Waiting for a deadline that ends at 23:59:59 on a day: the rung is due at 00:00:00 of the next.
  const waited = spec.afterDeadline !== undefined ? deadlines.get(spec.afterDeadline) : undefined;
  if (waited) notBefore = Math.max(notBefore ?? -Infinity, waited.dueAt + 1);
  return notBefore;
}

/** A second rule naming the same channel: the earlier order, the later not-before, `now` with its reason. */
function mergeStep(
  seen: EscalationStep,
  spec: EscalationSpec,
  rank: number,
  notBefore: number | undefined,
  rule: string,
) {
  if (spec.now === true && !seen.now) {
    seen.now = true;
    seen.reason = spec.reason;
  }
  seen.order = Math.min(seen.order, spec.order ?? rank);
  seen.replyWindow ??= spec.replyWindow;
  if (notBefore !== undefined) seen.notBefore = Math.max(seen.notBefore ?? notBefore, notBefore);
  if (!seen.rules.includes(rule)) seen.rules.push(rule);
}

/**
 * Every channel the fired rules escalate to, one step each, in ladder order (order, rank, id), and
 * what counting their not-before dates used of the calendar.
 *
 * @example
 * const { steps } = collectEscalationSteps(ctx, deadlines); // [{ channel: 'acquirer', … }, …]
 */
export function collectEscalationSteps(
  ctx: AssemblyContext,
  deadlines: ReadonlyMap<string, ComputedDeadline>,
): { steps: EscalationStep[]; calendarUse: CalendarUse } {
  const steps = new Map<string, EscalationStep>();
  const uses: CalendarUse[] = [];
  for (const rule of ctx.fired) {
    for (const s of rule.outcome.escalation ?? []) {
      const rank = ctx.ruleSet.catalog.channels[s.channel]!.rank;
      const notBefore = notBeforeOf(ctx, s, deadlines, uses);
      const seen = steps.get(s.channel);
      if (seen) mergeStep(seen, s, rank, notBefore, rule.id);
      else {
        const { channel, replyWindow, reason } = s;
        const order = s.order ?? rank;
        steps.set(channel, {
          channel,
          order,
          rank,
          replyWindow,
          notBefore,
          now: s.now === true,
          reason,
          rules: [rule.id],
        });
      }
    }
  }
  const sorted = [...steps.values()].sort(
    (a, b) => a.order - b.order || a.rank - b.rank || (a.channel < b.channel ? -1 : 1),
  );
  return { steps: sorted, calendarUse: mergeCalendarUse(uses) };
}
