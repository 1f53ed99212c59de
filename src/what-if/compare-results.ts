import type { Result } from '../result/schema.js';
import type { Severity } from '../rules/schema.js';

const SEVERITY: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

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

/** Compares two results of the same case; empty arrays and no optional keys mean "same advice". */
export function compareResults(before: Result, after: Result): WhatIfDifferences {
  const out: WhatIfDifferences = {
    actionsDone: after.actions
      .filter((a) => a.status === 'done' && before.actions.some((b) => b.id === a.id && b.status !== 'done'))
      .map((a) => a.id),
    actionsAdded: added(
      before.actions.map((a) => a.id),
      after.actions.map((a) => a.id),
    ),
    actionsRemoved: added(
      after.actions.map((a) => a.id),
      before.actions.map((a) => a.id),
    ),
    warningsRemoved: added(
      after.warnings.map((w) => w.code),
      before.warnings.map((w) => w.code),
    ),
    warningsAdded: added(
      before.warnings.map((w) => w.code),
      after.warnings.map((w) => w.code),
    ),
    evidenceAdded: added(
      before.evidence.map((e) => e.id),
      after.evidence.map((e) => e.id),
    ),
    deadlinesAdded: added(
      before.deadlines.map((d) => d.id),
      after.deadlines.map((d) => d.id),
    ),
    deadlinesRemoved: added(
      after.deadlines.map((d) => d.id),
      before.deadlines.map((d) => d.id),
    ),
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
