import type { Result } from '../result/schema.js';
import { type Severity, SeveritySchema } from '../rules/schema.js';

const SEVERITY: readonly Severity[] = SeveritySchema.options;

/**
 * How the advice for a changed case differs from the advice for the case as it is. Ids only.
 *
 * @example
 * const { severity, actionsDone }: WhatIfDifferences = report.options[0]!.differences;
 */
export interface WhatIfDifferences {
  /** Set when the severity changes. */
  severity?: { from: Severity; to: Severity };
  /** Set when the next channel or its time changes (`channel` null: every channel tried). */
  escalation?: { from: { channel: string | null; when: string }; to: { channel: string | null; when: string } };
  /** Actions that become done. */
  actionsDone: string[];
  /** Actions that join or leave the action path. */
  actionsAdded: string[];
  actionsRemoved: string[];
  /** Warning codes that disappear or appear. */
  warningsRemoved: string[];
  warningsAdded: string[];
  /** Set when the count of required evidence still missing changes. */
  requiredMissing?: { from: number; to: number };
  /** Evidence that joins the checklist. */
  evidenceAdded: string[];
  /** Deadline ids that appear or disappear. */
  deadlinesAdded: string[];
  deadlinesRemoved: string[];
}

function added(before: readonly string[], after: readonly string[]): string[] {
  const seen = new Set(before);
  return after.filter((id) => !seen.has(id));
}

const missingRequired = (result: Result) => result.evidence.filter((item) => item.required && !item.held).length;

/** The ids (or codes) `pick` finds in `after` but not in `before`, and in `before` but not in `after`. */
function changedIds<T>(before: readonly T[], after: readonly T[], pick: (item: T) => string): [string[], string[]] {
  const [b, a] = [before.map(pick), after.map(pick)];
  return [added(b, a), added(a, b)];
}

/** Compares two results of the same case; empty arrays and no optional keys mean "same advice". */
export function compareResults(before: Result, after: Result): WhatIfDifferences {
  const [actionsAdded, actionsRemoved] = changedIds(before.actions, after.actions, (a) => a.id);
  const [warningsAdded, warningsRemoved] = changedIds(before.warnings, after.warnings, (w) => w.code);
  const [evidenceAdded] = changedIds(before.evidence, after.evidence, (e) => e.id);
  const [deadlinesAdded, deadlinesRemoved] = changedIds(before.deadlines, after.deadlines, (d) => d.id);
  const out: WhatIfDifferences = {
    actionsDone: after.actions
      .filter((a) => a.status === 'done' && before.actions.some((b) => b.id === a.id && b.status !== 'done'))
      .map((a) => a.id),
    actionsAdded,
    actionsRemoved,
    warningsRemoved,
    warningsAdded,
    evidenceAdded,
    deadlinesAdded,
    deadlinesRemoved,
  };
  if (before.severity !== after.severity) out.severity = { from: before.severity, to: after.severity };
  const [b, a] = [before.escalation, after.escalation];
  if (b.channel !== a.channel || b.when !== a.when)
    out.escalation = { from: { channel: b.channel, when: b.when }, to: { channel: a.channel, when: a.when } };
  const [mb, ma] = [missingRequired(before), missingRequired(after)];
  if (mb !== ma) out.requiredMissing = { from: mb, to: ma };
  return out;
}

/** True when the differences are empty: the change would not alter the advice. */
export function isSameAdvice(d: WhatIfDifferences): boolean {
  return (
    d.severity === undefined &&
    d.escalation === undefined &&
    d.requiredMissing === undefined &&
    [
      d.actionsDone,
      d.actionsAdded,
      d.actionsRemoved,
      d.warningsRemoved,
      d.warningsAdded,
      d.evidenceAdded,
      d.deadlinesAdded,
      d.deadlinesRemoved,
    ].every((list) => list.length === 0)
  );
}

/**
 * How much a change helps: lower severity and cleared warnings weigh most, then required
 * evidence completed, actions done and a move along the ladder; any other change of the advice
 * counts a little, so it still ranks above nothing.
 */
export function scoreDifferences(d: WhatIfDifferences): number {
  let score = 0;
  if (d.severity) score += 30 * (SEVERITY.indexOf(d.severity.from) - SEVERITY.indexOf(d.severity.to));
  score += 10 * (d.warningsRemoved.length - d.warningsAdded.length);
  if (d.requiredMissing) score += 8 * (d.requiredMissing.from - d.requiredMissing.to);
  score += 6 * d.actionsDone.length;
  if (d.escalation) {
    if (d.escalation.from.channel !== d.escalation.to.channel) score += 12;
    if (d.escalation.to.when === 'now' && d.escalation.from.when !== 'now') score += 6;
    else if (d.escalation.from.when !== d.escalation.to.when) score += 2;
  }
  score +=
    3 *
    (d.actionsAdded.length +
      d.actionsRemoved.length +
      d.evidenceAdded.length +
      d.deadlinesAdded.length +
      d.deadlinesRemoved.length);
  return score;
}
