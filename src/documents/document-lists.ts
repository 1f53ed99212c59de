import { formatInstant, instantOf } from '../calendar/zoned-time.js';
import type { Case } from '../case/schema.js';
import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { formatTimestamp, type FormatContext } from './format-value.js';
import { renderLine } from './render-template.js';

/** What the list builders read: the case, its result, the rule set and the formatting context. */
export interface ListContext extends FormatContext {
  kase: Case;
  result: Result;
  ruleSet: RuleSet;
  /** Reads a case field by dotted path (`deposit.paidAt`). */
  caseValue: (path: string) => unknown;
}

const label = (ctx: ListContext, section: 'channels' | 'evidence', id: string) =>
  ctx.ruleSet.catalog[section][id]?.label[ctx.locale] ?? id;
/** The lines of a list, or undefined for an empty one (an optional group drops it; elsewhere it reads `none`). */
const lines = (_ctx: ListContext, out: string[]) => (out.length > 0 ? out.join('\n') : undefined);

/**
 * What was tried and when: the case's contacts in time order, one line each.
 *
 * @example
 * listContacts(ctx); // '- 2026年09月28日 10:00　机构总部书面投诉：未获答复'
 */
export function listContacts(ctx: ListContext): string | undefined {
  const contacts = [...(ctx.kase.contacts ?? [])].sort(
    (a, b) => instantOf(a.at, ctx.timeZone) - instantOf(b.at, ctx.timeZone),
  );
  const out = contacts.map((contact) =>
    renderLine(ctx.templates, 'contact', ctx.locale, {
      at: formatTimestamp(contact.at, ctx),
      channel: label(ctx, 'channels', contact.channel),
      status: renderLine(ctx.templates, contact.responded ? 'contact_answered' : 'contact_unanswered', ctx.locale, {}),
      reference: contact.reference,
    }),
  );
  return lines(ctx, out);
}

/** The evidence the merchant holds, dated items first in date order, each with what it proves. */
export function listEvidence(ctx: ListContext): string | undefined {
  const held = [...new Set(ctx.kase.evidence ?? [])];
  const dated = held.map((id, order) => {
    const date = ctx.templates.proves[id]?.date;
    const value = date === undefined ? undefined : ctx.caseValue(date.replace(/^case\./, ''));
    return { id, order, at: typeof value === 'string' ? value : undefined };
  });
  dated.sort((a, b) => {
    if (a.at !== undefined && b.at !== undefined)
      return instantOf(a.at, ctx.timeZone) - instantOf(b.at, ctx.timeZone) || a.order - b.order;
    return a.at !== undefined ? -1 : b.at !== undefined ? 1 : a.order - b.order;
  });
  const out = dated.map((item, i) =>
    renderLine(ctx.templates, 'evidence', ctx.locale, {
      n: String(i + 1),
      label: label(ctx, 'evidence', item.id),
      // The day of the event the item records, not a time of day: the item itself may be dated later.
      date:
        item.at === undefined
          ? undefined
          : formatTimestamp(formatInstant(instantOf(item.at, ctx.timeZone), ctx.timeZone).slice(0, 10), ctx),
      proves: ctx.templates.proves[item.id]?.text[ctx.locale],
    }),
  );
  return lines(ctx, out);
}

/** Required evidence not held: listed as not available rather than left out. */
export function listMissingEvidence(ctx: ListContext): string | undefined {
  const missing = ctx.result.evidence.filter((item) => item.required && !item.held);
  return lines(
    ctx,
    missing.map((item) =>
      renderLine(ctx.templates, 'evidence_missing', ctx.locale, { label: label(ctx, 'evidence', item.id) }),
    ),
  );
}

/** The clocks still running, one line each with the local due time. */
export function listDeadlines(ctx: ListContext): string | undefined {
  const open = ctx.result.deadlines.filter((deadline) => !deadline.expired);
  const out = open.map((deadline) =>
    renderLine(ctx.templates, 'deadline', ctx.locale, {
      label: deadline.label,
      due: formatTimestamp(deadline.dueAt, ctx),
      basis: deadline.basis || undefined,
    }),
  );
  return lines(ctx, out);
}

/** Channel labels (or, with `asSteps`, their step phrases) joined with the `separator` line, or `none`. */
export function joinChannels(ctx: ListContext, ids: readonly string[], asSteps = false): string {
  if (ids.length === 0) return renderLine(ctx.templates, 'none', ctx.locale, {});
  const name = (id: string) =>
    (asSteps ? ctx.templates.steps[id]?.[ctx.locale] : undefined) ?? label(ctx, 'channels', id);
  return ids.map(name).join(renderLine(ctx.templates, 'separator', ctx.locale, {}));
}
