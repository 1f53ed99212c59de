import { addDuration } from '../calendar/count-days.js';
import { endOfLocalDay, formatInstant, localDayOf } from '../calendar/zoned-time.js';
import type { Escalation, Warning } from '../result/schema.js';
import { fillText, pickText, type Locale } from '../text.js';
import type { ComputedDeadline } from './assemble-deadlines.js';
import { mergeCalendarUse, NO_CALENDAR_USE, type CalendarUse } from './calendar-use.js';
import { collectEscalationSteps, type EscalationStep as Step } from './collect-escalation-steps.js';
import type { AssemblyContext } from './context.js';
import { MESSAGES } from './messages.js';
import { resolveDays } from './resolve-days.js';

/** The escalation step's part of the result: the escalation, its warnings and its calendar use. */
export interface EscalationPart {
  escalation: Escalation;
  /** `gate_not_met` for each closed gate of a channel the case already tried, then `ladder_exhausted`. */
  warnings: Warning[];
  calendarUse: CalendarUse;
}

type Contacts = AssemblyContext['facts']['contact'];

/** The rungs whose gates are open (or kept in the ladder), and a warning per closed gate of a tried channel. */
function gateLadder(ctx: AssemblyContext, steps: readonly Step[]): { ladder: Step[]; warnings: Warning[] } {
  const { ruleSet, evaluation, locale } = ctx;
  const channels = ruleSet.catalog.channels;
  const gatesOf = (channel: string) => channels[channel]!.gates ?? [];
  const ladder: Step[] = [];
  const warnings: Warning[] = [];
  for (const step of steps) {
    const closed = gatesOf(step.channel).filter(
      (gate) => !evaluation.gates[gate] && !ruleSet.catalog.gates[gate]!.keepInLadder,
    );
    if (closed.length === 0) ladder.push(step);
    // Say so only when the case already knocked on that door; otherwise the ladder just skips it.
    const knocked = ctx.facts.contact[step.channel];
    if (!knocked?.tried && !knocked?.premature) continue;
    for (const gate of closed) {
      const channel = pickText(channels[step.channel]!.label, locale);
      const message = `${channel}: ${pickText(ruleSet.catalog.gates[gate]!.message, locale)}`;
      warnings.push({ code: 'gate_not_met', message, rules: step.rules });
    }
  }
  return { ladder, warnings };
}

/**
 * Where the case stands on the ladder: the furthest rung tried with its gates open (-1: none) and
 * the next rung (-1: none left), an untried one past it with open gates, a `now` rung first.
 */
function findNextRung(ctx: AssemblyContext, ladder: readonly Step[], contact: Contacts) {
  const gatesOf = (channel: string) => ctx.ruleSet.catalog.channels[channel]!.gates ?? [];
  const open = (step: Step) => gatesOf(step.channel).every((gate) => ctx.evaluation.gates[gate]);
  // A rung tried while its gate was shut (the regulator before the institution) is no progress.
  let furthest = -1;
  ladder.forEach((step, i) => {
    if (contact[step.channel]?.tried && open(step)) furthest = i;
  });
  const candidate = (step: Step, i: number) => i > furthest && !contact[step.channel]?.tried && open(step);
  const urgent = ladder.findIndex((step, i) => step.now && candidate(step, i));
  return { furthest, nextIndex: urgent >= 0 ? urgent : ladder.findIndex(candidate) };
}

/** Channels to turn to at the same time (the police beside the ladder), untried, not the next rung, by rank. */
function parallelChannels(ctx: AssemblyContext, contact: Contacts, next: Step | undefined): string[] {
  const channels = ctx.ruleSet.catalog.channels;
  const parallel = new Map<string, number>();
  for (const rule of ctx.fired) {
    for (const p of rule.outcome.parallel ?? [])
      if (!contact[p.channel]?.tried) parallel.set(p.channel, channels[p.channel]!.rank);
  }
  if (next) parallel.delete(next.channel);
  return [...parallel.entries()].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1)).map(([id]) => id);
}

/** No rung left: no channel, and the advice to gather the records. */
function exhaustedEscalation(locale: Locale, parallel: string[]): Escalation {
  return {
    channel: null,
    label: MESSAGES.noChannel[locale],
    when: 'now',
    reason: MESSAGES.ladderExhausted[locale],
    parallel,
    ladder: [],
    rules: [],
  };
}

/**
 * The next channel: the first rung past the furthest one already tried whose gates are open; `when`
 * waits for the last unanswered rung's reply window and any not-before date of the next rung.
 *
 * @example
 * const { escalation, warnings } = assembleEscalation(ctx, assembleDeadlines(ctx));
 * escalation.channel; // 'acquirer'
 */
export function assembleEscalation(
  ctx: AssemblyContext,
  deadlines: ReadonlyMap<string, ComputedDeadline> = new Map(),
): EscalationPart {
  const { ruleSet, locale, timeZone } = ctx;
  const channels = ruleSet.catalog.channels;
  const collected = collectEscalationSteps(ctx, deadlines);
  const { ladder, warnings } = gateLadder(ctx, collected.steps);
  const contact = ctx.facts.contact;
  const { furthest, nextIndex } = findNextRung(ctx, ladder, contact);
  const next = nextIndex >= 0 ? ladder[nextIndex] : undefined;
  const due = dueInstant(ctx, furthest >= 0 && !next?.now ? ladder[furthest] : undefined, next);
  const calendarUse = mergeCalendarUse([collected.calendarUse, due.calendarUse]);
  const parallel = parallelChannels(ctx, contact, next);
  if (!next) {
    const exhausted = { code: 'ladder_exhausted', message: MESSAGES.ladderExhausted[locale], rules: [] };
    return { escalation: exhaustedEscalation(locale, parallel), warnings: [...warnings, exhausted], calendarUse };
  }
  let reason = pickText(next.reason, locale);
  if (due.waitingFor)
    reason += fillText(MESSAGES.waitingForReply[locale], {
      channel: pickText(channels[due.waitingFor]!.label, locale),
    });
  const escalation: Escalation = {
    channel: next.channel,
    label: pickText(channels[next.channel]!.label, locale),
    when: due.when > ctx.asOf ? formatInstant(due.when, timeZone) : 'now',
    reason,
    parallel,
    ladder: ladder
      .slice(nextIndex + 1)
      .filter((step) => !contact[step.channel]?.tried)
      .map((step) => step.channel),
    rules: next.rules,
  };
  return { escalation, warnings, calendarUse };
}

/**
 * When the next rung is due: just after the reply window of the last unanswered rung ends (00:00:00
 * of the next day), or at the next rung's own not-before instant, whichever is later.
 */
function dueInstant(
  ctx: AssemblyContext,
  last: Step | undefined,
  next: Step | undefined,
): { when: number; waitingFor?: string; calendarUse: CalendarUse } {
  const { ruleSet, timeZone, calendar, dates } = ctx;
  const contact = ctx.facts.contact;
  let when = ctx.asOf;
  let waitingFor: string | undefined;
  let calendarUse = NO_CALENDAR_USE;
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
      calendarUse = moved;
      // Like deadlines, a reply window runs to the end of its last local day: the rung is due just after.
      const replyDue = endOfLocalDay(moved.day, timeZone) + 1;
      if (replyDue > when) {
        when = replyDue;
        waitingFor = last.channel;
      }
    }
  }
  if (next?.notBefore !== undefined && next.notBefore > when) return { when: next.notBefore, calendarUse };
  return { when, waitingFor, calendarUse };
}
