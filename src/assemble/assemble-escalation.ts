import { addDuration } from '../calendar/count-days.js';
import { isoDateOf } from '../calendar/local-date.js';
import { endOfLocalDay, formatInstant, instantOf, localDayOf } from '../calendar/zoned-time.js';
import type { DateFact } from '../facts/fact-catalog.js';
import type { Escalation, Warning } from '../result/schema.js';
import type { Window } from '../rules/schema.js';
import { fillText, pickText, type Text } from '../text.js';
import { noteCalendarUse, resolveDays, type AssemblyContext } from './context.js';
import { MESSAGES } from './messages.js';
import type { ComputedDeadline } from './assemble-deadlines.js';

interface Step {
  channel: string;
  order: number;
  rank: number;
  replyWindow?: Window;
  notBefore?: number;
  /** An alternative trigger fired: due now, ahead of untried earlier rungs, without awaiting a reply window. */
  now: boolean;
  reason: Text;
  rules: string[];
}

function collectSteps(ctx: AssemblyContext, deadlines: ReadonlyMap<string, ComputedDeadline>): Step[] {
  const { ruleSet, dates, timeZone, calendar } = ctx;
  const steps = new Map<string, Step>();
  for (const rule of ctx.fired) {
    for (const s of rule.outcome.escalation ?? []) {
      const rank = ruleSet.catalog.channels[s.channel]!.rank;
      let notBefore: number | undefined;
      if (s.notBefore) {
        const day = dates.days[s.notBefore.from as DateFact];
        if (day !== undefined) {
          const moved = addDuration(
            calendar,
            day,
            resolveDays(s.notBefore.days, ruleSet),
            s.notBefore.unit,
            s.notBefore.side ?? 'counterparty',
          );
          noteCalendarUse(ctx, moved);
          notBefore = instantOf(isoDateOf(moved.day), timeZone);
        }
      }
      // Waiting for a deadline that ends at 23:59:59 on a day: the rung is due at 00:00:00 of the next.
      const waited = s.afterDeadline !== undefined ? deadlines.get(s.afterDeadline) : undefined;
      if (waited) notBefore = Math.max(notBefore ?? -Infinity, waited.dueAt + 1);
      const seen = steps.get(s.channel);
      if (!seen) {
        steps.set(s.channel, {
          channel: s.channel,
          order: s.order ?? rank,
          rank,
          replyWindow: s.replyWindow,
          notBefore,
          now: s.now === true,
          reason: s.reason,
          rules: [rule.id],
        });
        continue;
      }
      if (s.now === true && !seen.now) {
        seen.now = true;
        seen.reason = s.reason;
      }
      seen.order = Math.min(seen.order, s.order ?? rank);
      seen.replyWindow ??= s.replyWindow;
      if (notBefore !== undefined) seen.notBefore = Math.max(seen.notBefore ?? notBefore, notBefore);
      if (!seen.rules.includes(rule.id)) seen.rules.push(rule.id);
    }
  }
  return [...steps.values()].sort((a, b) => a.order - b.order || a.rank - b.rank || (a.channel < b.channel ? -1 : 1));
}

/**
 * The next channel: the first rung past the furthest one already tried whose gates are open; `when`
 * waits for the last unanswered rung's reply window and any not-before date of the next rung.
 */
export function assembleEscalation(
  ctx: AssemblyContext,
  warnings: Warning[],
  deadlines: ReadonlyMap<string, ComputedDeadline> = new Map(),
): Escalation {
  const { ruleSet, evaluation, locale, timeZone } = ctx;
  const channels = ruleSet.catalog.channels;
  const gatesOf = (channel: string) => channels[channel]!.gates ?? [];
  const ladder: Step[] = [];
  for (const step of collectSteps(ctx, deadlines)) {
    const closed = gatesOf(step.channel).filter(
      (gate) => !evaluation.gates[gate] && !ruleSet.catalog.gates[gate]!.keepInLadder,
    );
    if (closed.length === 0) ladder.push(step);
    // Say so only when the case already knocked on that door; otherwise the ladder just skips it.
    const knocked = ctx.facts.contact[step.channel];
    if (!knocked?.tried && !knocked?.premature) continue;
    for (const gate of closed) {
      warnings.push({
        code: 'gate_not_met',
        message: `${pickText(channels[step.channel]!.label, locale)}: ${pickText(ruleSet.catalog.gates[gate]!.message, locale)}`,
        rules: step.rules,
      });
    }
  }
  const contact = ctx.facts.contact;
  const open = (step: Step) => gatesOf(step.channel).every((gate) => evaluation.gates[gate]);
  // A rung tried while its gate was shut (the regulator before the institution) is no progress.
  let furthest = -1;
  ladder.forEach((step, i) => {
    if (contact[step.channel]?.tried && open(step)) furthest = i;
  });
  const candidate = (step: Step, i: number) => i > furthest && !contact[step.channel]?.tried && open(step);
  const urgent = ladder.findIndex((step, i) => step.now && candidate(step, i));
  const nextIndex = urgent >= 0 ? urgent : ladder.findIndex(candidate);
  const next = nextIndex >= 0 ? ladder[nextIndex] : undefined;

  const { when, waitingFor } = dueInstant(ctx, furthest >= 0 && !next?.now ? ladder[furthest] : undefined, next);

  const parallel = new Map<string, number>();
  for (const rule of ctx.fired) {
    for (const p of rule.outcome.parallel ?? [])
      if (!contact[p.channel]?.tried) parallel.set(p.channel, channels[p.channel]!.rank);
  }
  if (next) parallel.delete(next.channel);

  if (!next) {
    warnings.push({ code: 'ladder_exhausted', message: MESSAGES.ladderExhausted[locale], rules: [] });
    return {
      channel: null,
      label: MESSAGES.noChannel[locale],
      when: 'now',
      reason: MESSAGES.ladderExhausted[locale],
      parallel: sortByRank(parallel),
      ladder: [],
      rules: [],
    };
  }
  let reason = pickText(next.reason, locale);
  if (waitingFor)
    reason += fillText(MESSAGES.waitingForReply[locale], { channel: pickText(channels[waitingFor]!.label, locale) });
  return {
    channel: next.channel,
    label: pickText(channels[next.channel]!.label, locale),
    when: when > ctx.asOf ? formatInstant(when, timeZone) : 'now',
    reason,
    parallel: sortByRank(parallel),
    ladder: ladder
      .slice(nextIndex + 1)
      .filter((step) => !contact[step.channel]?.tried)
      .map((step) => step.channel),
    rules: next.rules,
  };
}

/**
 * When the next rung is due: just after the reply window of the last unanswered rung ends (00:00:00
 * of the next day), or at the next rung's own not-before instant, whichever is later.
 */
function dueInstant(
  ctx: AssemblyContext,
  last: Step | undefined,
  next: Step | undefined,
): { when: number; waitingFor?: string } {
  const { ruleSet, timeZone, calendar, dates } = ctx;
  const contact = ctx.facts.contact;
  let when = ctx.asOf;
  let waitingFor: string | undefined;
  if (last) {
    const window = last.replyWindow ?? ruleSet.catalog.channels[last.channel]!.replyWindow;
    const at = dates.contactAt[last.channel];
    if (contact[last.channel]?.responded === false && window && at !== undefined) {
      const moved = addDuration(
        calendar,
        localDayOf(at, timeZone),
        resolveDays(window.days, ruleSet),
        window.unit,
        window.side ?? 'counterparty',
      );
      noteCalendarUse(ctx, moved);
      // Like deadlines, a reply window runs to the end of its last local day: the rung is due just after.
      const replyDue = endOfLocalDay(moved.day, timeZone) + 1;
      if (replyDue > when) {
        when = replyDue;
        waitingFor = last.channel;
      }
    }
  }
  if (next?.notBefore !== undefined && next.notBefore > when) return { when: next.notBefore };
  return { when, waitingFor };
}

function sortByRank(channels: Map<string, number>): string[] {
  return [...channels.entries()].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1)).map(([id]) => id);
}
