import { chineseWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { formatInstant } from '../calendar/zoned-time.js';
import { createCaseSchema, type Case } from '../case/schema.js';
import { validateCase } from '../case/validate-case.js';
import { InvalidCaseError } from '../errors/invalid-case-error.js';
import { TriageError } from '../errors/triage-error.js';
import { deriveFacts, type Facts } from '../facts/derive-facts.js';
import type { Result } from '../result/schema.js';
import { htmlDocument } from '../format/html-page.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Locale } from '../text.js';
import type { LoadedTemplate } from './compile-templates.js';
import {
  joinChannels,
  listContacts,
  listDeadlines,
  listEvidence,
  listMissingEvidence,
  type ListContext,
} from './document-lists.js';
import { formatTimestamp } from './format-value.js';
import { markBlanksInHtml, markdownToHtml } from './markdown-html.js';
import { renderLine, renderText } from './render-template.js';
import { readPath, resolveDataValue } from './resolve-value.js';
import { joinLines } from './template-syntax.js';

/**
 * Options for `draftDocument`.
 *
 * @example
 * const options: DraftDocumentOptions = { channel: 'samr_12315', format: 'html', locale: 'en' };
 */
export interface DraftDocumentOptions {
  /** The channel to write to. Default: the result's next channel (`result.escalation.channel`). */
  channel?: string;
  /** `md` (Markdown, default) or `html` (one printable page). */
  format?: 'md' | 'html';
  /** Language of the document. Default: the result's locale. */
  locale?: Locale;
  /** The rule set that holds the templates (the one that produced the result). Default: the bundled rules. */
  rules?: RuleSet;
  /** Working-day calendar for facts such as days since a date. Default: mainland China. */
  calendar?: WorkingCalendar;
  /** Zone for a case that names none. Default: Asia/Shanghai. */
  timeZone?: string;
}

/**
 * A drafted document: the channel and format, the text, and the labels of the facts left blank
 * (each marked in the text as `【请填写：…】` / `[fill in: …]` and listed at its top).
 *
 * @example
 * const { text, blanks }: DraftedDocument = draftDocument(kase, result);
 */
export interface DraftedDocument {
  channel: string;
  format: 'md' | 'html';
  /** The id of the template used. */
  template: string;
  text: string;
  blanks: string[];
}

function pickTemplate(ruleSet: RuleSet, channel: string, scenario: string): LoadedTemplate {
  const fits = (t: LoadedTemplate) =>
    t.channels.includes(channel) && (t.scenarios === undefined || t.scenarios.includes(scenario));
  const template = ruleSet.templates.templates.find(fits);
  if (template) return template;
  const served = [
    ...new Set(
      ruleSet.templates.templates
        .filter((t) => t.scenarios === undefined || t.scenarios.includes(scenario))
        .flatMap((t) => t.channels),
    ),
  ];
  throw new TriageError(
    'no_template',
    `No document template for channel ${JSON.stringify(channel)} in scenario ${JSON.stringify(scenario)}; ` +
      `templates exist for: ${served.join(', ') || 'none'}`,
    [
      {
        code: 'no_template',
        path: '/channel',
        message: `expected a channel with a written document (${served.join(', ')}); found ${JSON.stringify(channel)}`,
      },
    ],
  );
}

const caseSchemas = new WeakMap<RuleSet, ReturnType<typeof createCaseSchema>>();

function validCase(input: unknown, ruleSet: RuleSet): Case {
  let schema = caseSchemas.get(ruleSet);
  if (!schema) {
    schema = createCaseSchema(ruleSet.vocabulary);
    caseSchemas.set(ruleSet, schema);
  }
  const validated = validateCase(schema, input);
  if (!validated.ok) throw new InvalidCaseError(validated.issues);
  return validated.value;
}

function scenarioText(
  section: LoadedTemplate['facts'],
  cause: string | null,
  scenario: string,
  locale: Locale,
): string | undefined {
  const entry = (cause !== null ? section?.[cause] : undefined) ?? section?.[scenario] ?? section?.['*'];
  return entry === undefined ? undefined : joinLines(entry[locale]);
}

interface Filler {
  ctx: ListContext;
  template: LoadedTemplate;
  facts: Facts;
  channel: string;
  blanks: string[];
}

function resolveDoc(name: string, f: Filler): string | undefined {
  const { ctx, template } = f;
  const catalog = ctx.ruleSet.catalog;
  const ladder = ctx.result.escalation.ladder.filter((id) => id !== f.channel);
  const values: Record<string, () => string | undefined> = {
    today: () => formatTimestamp(formatInstant(Date.parse(ctx.result.asOf), ctx.timeZone).slice(0, 10), ctx),
    case_id: () => ctx.kase.id,
    title: () => template.title[ctx.locale],
    channel: () => catalog.channels[f.channel]?.label[ctx.locale],
    scenario: () => catalog.scenarios[ctx.kase.scenario]?.label[ctx.locale],
    cause: () => (ctx.result.cause ? catalog.causes[ctx.result.cause]?.label[ctx.locale] : undefined),
    facts: () => subText(scenarioText(template.facts, ctx.result.cause, ctx.kase.scenario, ctx.locale), f),
    claim: () => subText(scenarioText(template.claims, ctx.result.cause, ctx.kase.scenario, ctx.locale), f),
    contacts: () => listContacts(ctx),
    evidence: () => listEvidence(ctx),
    evidence_missing: () => listMissingEvidence(ctx),
    deadlines: () => listDeadlines(ctx),
    next_steps: () => (ladder.length > 0 ? joinChannels(ctx, ladder, true) : undefined),
    parallel: () =>
      ctx.result.escalation.parallel.length > 0 ? joinChannels(ctx, ctx.result.escalation.parallel) : undefined,
  };
  return values[name.slice(4)]?.();
}

/** `doc.` values that are lists or computed: when empty they read `none`, never a blank to fill in. */
const NONE_WHEN_EMPTY = new Set([
  'doc.contacts',
  'doc.evidence',
  'doc.evidence_missing',
  'doc.deadlines',
  'doc.next_steps',
  'doc.parallel',
  'doc.cause',
]);

function blankFor(name: string, f: Filler): string {
  if (NONE_WHEN_EMPTY.has(name)) return renderLine(f.ctx.templates, 'none', f.ctx.locale, {});
  const label = f.ctx.templates.fields[name]?.[f.ctx.locale] ?? name;
  if (!f.blanks.includes(label)) f.blanks.push(label);
  return renderLine(f.ctx.templates, 'blank', f.ctx.locale, { label });
}

function subText(source: string | undefined, f: Filler): string | undefined {
  if (source === undefined) return undefined;
  const resolve = (name: string) =>
    name.startsWith('doc.') ? resolveDoc(name, f) : resolveDataValue(name, f.ctx, f.facts);
  return renderText(source, resolve, (name) => blankFor(name, f));
}

function blanksNotice(f: Filler): string {
  if (f.blanks.length === 0) return '';
  const { templates, locale } = f.ctx;
  const items = f.blanks.map((label) => renderLine(templates, 'blanks_item', locale, { label }));
  return `${[renderLine(templates, 'blanks_header', locale, {}), ...items].join('\n')}\n\n`;
}

/**
 * `draftDocument` over a given rule set (whatever `options.rules` says): what every entry drafts
 * with, the root entry defaulting to the bundled rules, `pos-dispute-triage/browser` to none.
 *
 * @example
 * const draft = draftDocumentWith(triage.ruleSet, kase, result, { format: 'html' });
 */
export function draftDocumentWith(
  ruleSet: RuleSet,
  caseInput: unknown,
  result: Result,
  options: DraftDocumentOptions = {},
): DraftedDocument {
  const kase = validCase(caseInput, ruleSet);
  const channel = options.channel ?? result.escalation.channel;
  if (channel === null || channel === undefined)
    throw new TriageError('no_channel', 'The result names no next channel; pass options.channel');
  const template = pickTemplate(ruleSet, channel, kase.scenario);
  const locale = options.locale ?? result.locale;
  const timeZone = kase.timeZone ?? options.timeZone ?? 'Asia/Shanghai';
  const calendar = options.calendar ?? chineseWorkingCalendar();
  const { facts } = deriveFacts(kase, ruleSet, {
    asOf: Date.parse(result.asOf),
    timeZone,
    calendar,
    parameters: ruleSet.parameterValues,
  });
  const ctx: ListContext = {
    kase,
    result,
    ruleSet,
    templates: ruleSet.templates,
    locale,
    timeZone,
    caseValue: (path) => readPath(kase, path),
  };
  const filler: Filler = { ctx, template, facts, channel, blanks: [] };
  const body = subText(joinLines(template.body[locale]), filler)!;
  const markdown = `${blanksNotice(filler)}${body.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  const format = options.format ?? 'md';
  if (format === 'md') return { channel, format, template: template.id, text: markdown, blanks: filler.blanks };
  const blankTexts = filler.blanks.map((label) => renderLine(ruleSet.templates, 'blank', locale, { label }));
  const html = markBlanksInHtml(markdownToHtml(markdown), blankTexts);
  return {
    channel,
    format,
    template: template.id,
    text: htmlDocument(template.title[locale], html, locale),
    blanks: filler.blanks,
  };
}
