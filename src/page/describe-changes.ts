// What changed between two results, line by line, for the "what changed" panel.
import type { Result } from '../result/schema.js';
import type { PageTexts } from './texts.js';

/**
 * Lines saying how `after` differs from `before`: severity, next channel, action statuses,
 * checklist, warnings and deadlines.
 *
 * @example
 * describeChanges(before, after, textsFor('en')); // ['Severity: high → medium', …]
 */
export function describeChanges(before: Result, after: Result, texts: PageTexts): string[] {
  const lines: string[] = [];
  if (before.severity !== after.severity) {
    lines.push(`${texts.severity}: ${texts.severities[before.severity]} → ${texts.severities[after.severity]}`);
  }
  if (before.escalation.channel !== after.escalation.channel || before.escalation.when !== after.escalation.when) {
    lines.push(`${texts.escalation}: ${before.escalation.label} → ${after.escalation.label}`);
  }
  const actionsBefore = new Map(before.actions.map((action) => [action.id, action]));
  for (const action of after.actions) {
    const old = actionsBefore.get(action.id);
    if (!old) lines.push(`+ ${action.label}`);
    else if (old.status !== action.status) {
      lines.push(`${action.label}: ${texts.status[old.status]} → ${texts.status[action.status]}`);
    }
  }
  const actionsAfter = new Set(after.actions.map((action) => action.id));
  for (const action of before.actions) if (!actionsAfter.has(action.id)) lines.push(`− ${action.label}`);
  const heldBefore = new Map(before.evidence.map((item) => [item.id, item]));
  for (const item of after.evidence) {
    const old = heldBefore.get(item.id);
    if (!old) lines.push(`+ ${texts.evidence}: ${item.label}`);
    else if (old.held !== item.held || old.required !== item.required) {
      lines.push(`${item.label}: ${item.held ? '☑' : '☐'} ${item.required ? texts.required : texts.recommended}`);
    }
  }
  const warningsBefore = new Set(before.warnings.map((warning) => warning.message));
  const warningsAfter = new Set(after.warnings.map((warning) => warning.message));
  for (const message of warningsAfter) if (!warningsBefore.has(message)) lines.push(`+ ${texts.warnings}: ${message}`);
  for (const message of warningsBefore) if (!warningsAfter.has(message)) lines.push(`− ${texts.warnings}: ${message}`);
  const deadlinesBefore = new Map(before.deadlines.map((deadline) => [deadline.id, deadline.dueAt]));
  for (const deadline of after.deadlines) {
    if (deadlinesBefore.get(deadline.id) !== deadline.dueAt) lines.push(`${texts.deadlines}: ${deadline.label}`);
  }
  return lines;
}
