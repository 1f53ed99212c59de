import type { ActionItem, EvidenceItem } from '../result/schema.js';
import { pickText } from '../text.js';
import type { ComputedDeadline } from './assemble-deadlines.js';
import type { AssemblyContext } from './context.js';

/** The action path: de-duplicated, in declared order; done when the case shows it, overdue past its due date. */
export function assembleActions(ctx: AssemblyContext, deadlines: Map<string, ComputedDeadline>): ActionItem[] {
  const merged = new Map<string, { order: number; due?: string; rules: string[] }>();
  for (const rule of ctx.fired) {
    for (const action of rule.outcome.actions ?? []) {
      const seen = merged.get(action.id);
      if (!seen) merged.set(action.id, { order: action.order, due: action.due, rules: [rule.id] });
      else {
        seen.order = Math.min(seen.order, action.order);
        seen.due ??= action.due;
        if (!seen.rules.includes(rule.id)) seen.rules.push(rule.id);
      }
    }
  }
  return [...merged.entries()]
    .sort(([a, x], [b, y]) => x.order - y.order || (a < b ? -1 : 1))
    .map(([id, entry]) => {
      const deadline = entry.due !== undefined ? deadlines.get(entry.due) : undefined;
      const done = ctx.evaluation.done[id] === true;
      const status = done ? 'done' : deadline && ctx.asOf > deadline.dueAt ? 'overdue' : 'todo';
      const item: ActionItem = {
        id,
        label: pickText(ctx.ruleSet.catalog.actions[id]!.label, ctx.locale),
        status,
        rules: entry.rules,
      };
      if (deadline) item.dueAt = deadline.item.dueAt;
      return item;
    });
}

/** The evidence checklist: union of all rules, required winning over recommended, required first. */
export function assembleEvidence(ctx: AssemblyContext): EvidenceItem[] {
  const held = new Set(ctx.facts.evidenceHeld);
  const merged = new Map<string, { required: boolean; rules: string[]; first: number }>();
  for (const rule of ctx.fired) {
    for (const e of rule.outcome.evidence ?? []) {
      const seen = merged.get(e.id);
      if (!seen) merged.set(e.id, { required: e.required, rules: [rule.id], first: merged.size });
      else {
        seen.required ||= e.required;
        if (!seen.rules.includes(rule.id)) seen.rules.push(rule.id);
      }
    }
  }
  return [...merged.entries()]
    .sort(([, x], [, y]) => Number(y.required) - Number(x.required) || x.first - y.first)
    .map(([id, entry]) => ({
      id,
      label: pickText(ctx.ruleSet.catalog.evidence[id]!.label, ctx.locale),
      required: entry.required,
      held: held.has(id),
      rules: entry.rules,
    }));
}
