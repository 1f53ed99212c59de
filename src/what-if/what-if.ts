import { InvalidCaseError } from '../errors/invalid-case-error.js';
import type { Result } from '../result/schema.js';
import type { Triage } from '../triage.js';
import { compareResults, isSameAdvice, scoreDifferences, type WhatIfDifferences } from './compare-results.js';
import { summarizeDifferences } from './summarize-differences.js';
import type { WhatIfChange } from './what-if-change.js';

export type { WhatIfChange } from './what-if-change.js';

/**
 * A change that alters the advice, how, and how much it helps.
 *
 * @example
 * const best: WhatIfOption | undefined = report.options[0];
 * if (best && best.score > 0) console.log(best.summary);
 */
export interface WhatIfOption {
  change: WhatIfChange;
  /**
   * Higher helps more: lower severity, warnings cleared, required evidence complete, actions done,
   * ladder progress. Negative: it makes things worse.
   */
  score: number;
  /** One line in the case's locale. */
  summary: string;
  differences: WhatIfDifferences;
}

/**
 * The answer to "what would help my case most?".
 *
 * @example
 * const report: WhatIfReport = await whatIf(triage, kase);
 * console.log(report.baseline.severity, report.options.length);
 */
export interface WhatIfReport {
  /** The advice for the case as it is (with `asOf` fixed, so every variant is judged at the same instant). */
  baseline: Result;
  /** Changes that alter the advice, most helpful first. */
  options: WhatIfOption[];
  /** Changes that were tried and leave the advice as it is. */
  unchanged: WhatIfChange[];
}

type CaseObject = Record<string, unknown>;

function candidateChanges(baseline: Result, kase: CaseObject, triage: Triage): WhatIfChange[] {
  const channels = triage.ruleSet.catalog.channels;
  const tried = new Set(((kase.contacts as Array<{ channel: string }> | undefined) ?? []).map((c) => c.channel));
  const changes: WhatIfChange[] = baseline.evidence
    .filter((item) => !item.held)
    .map((item) => ({ kind: 'evidence', id: item.id, label: item.label }));
  const e = baseline.escalation;
  const ahead = [...(e.channel ? [e.channel] : []), ...e.ladder, ...e.parallel].filter(
    (channel, i, all) => all.indexOf(channel) === i && !tried.has(channel),
  );
  for (const channel of ahead) {
    const label = channels[channel]?.label[baseline.locale] ?? channel;
    changes.push(
      { kind: 'contact', channel, label, responded: false },
      { kind: 'contact', channel, label, responded: true },
    );
  }
  return changes;
}

function applyChange(kase: CaseObject, change: WhatIfChange, asOf: string): CaseObject {
  if (change.kind === 'evidence')
    return { ...kase, evidence: [...((kase.evidence as string[] | undefined) ?? []), change.id] };
  return {
    ...kase,
    contacts: [
      ...((kase.contacts as unknown[] | undefined) ?? []),
      { channel: change.channel, at: asOf, responded: change.responded },
    ],
  };
}

/**
 * For a case, which single missing evidence item or contact would change the advice, and how:
 * each evidence item on the checklist not yet held, and each channel ahead on the ladder (or in
 * parallel) not yet tried, contacted at `asOf` without an answer yet or answered, is tried on a
 * copy of the case; the changes that alter the advice come back ranked by how much they help.
 * Rejects with `InvalidCaseError` when the case is invalid.
 *
 * @example
 * import { createTriage, whatIf } from 'pos-dispute-triage';
 * const triage = createTriage();
 * const report = await whatIf(triage, kase);
 * for (const option of report.options.slice(0, 3)) console.log(option.summary);
 */
export async function whatIf(triage: Triage, input: unknown): Promise<WhatIfReport> {
  const first = await triage.safeTriage(input);
  if (!first.ok) throw new InvalidCaseError(first.issues);
  const original = input as CaseObject;
  // Without its own asOf the case would follow the clock; pin it so every variant is judged at one instant.
  const kase = original.asOf === undefined ? { ...original, asOf: first.result.asOf } : original;
  const baseline = original.asOf === undefined ? await triage.triage(kase) : first.result;

  const changes = candidateChanges(baseline, kase, triage);
  const outcomes = await Promise.all(
    changes.map((change) => triage.safeTriage(applyChange(kase, change, baseline.asOf))),
  );
  const options: WhatIfOption[] = [];
  const unchanged: WhatIfChange[] = [];
  changes.forEach((change, i) => {
    const outcome = outcomes[i]!;
    // A variant can fail only on a limit (e.g. the case already lists the most contacts allowed): not an option then.
    if (!outcome.ok) return;
    const differences = compareResults(baseline, outcome.result);
    if (isSameAdvice(differences)) unchanged.push(change);
    else
      options.push({
        change,
        score: scoreDifferences(differences),
        summary: summarizeDifferences(change, differences, baseline, triage.ruleSet),
        differences,
      });
  });
  // Stable: equal scores keep checklist order, then ladder order.
  const ranked = options
    .map((option, i) => ({ option, i }))
    .sort((a, b) => b.option.score - a.option.score || a.i - b.i);
  return { baseline, options: ranked.map(({ option }) => option), unchanged };
}
