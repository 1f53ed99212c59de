import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales

// Document templates are rule files of kind "templates". They are data from partners: the
// placeholder syntax (see src/documents/template-syntax.ts) has no code, loops or helpers.

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a snake_case id');
const Text = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
/** Text in a template: one string, or an array of lines joined with newlines (easier to read in JSON). */
const Lines = z.union([z.string().min(1), z.array(z.string()).min(1)]);
const LocalizedLines = z.strictObject({ 'zh-CN': Lines, en: Lines });
/** Keyed by cause id, scenario id, or `*`; a draft takes the case's cause, else its scenario, else `*`. */
const ByScenario = z.record(
  z.string().regex(/^(\*|[a-z][a-z0-9_]*)$/, 'expected a cause id, scenario id or "*"'),
  LocalizedLines,
);

/**
 * One document template: the channels (and optionally scenarios) it serves, its body in both
 * locales, the scenario-specific facts and claim paragraphs, and the sources of its structure.
 *
 * @example
 * DocumentTemplateSchema.parse({
 *   id: 'demand_letter', channels: ['counterparty_negotiation'], title, sources: ['S60'], confidence: 'secondary',
 *   body: { 'zh-CN': ['# 催告函', '{{doc.facts}}'], en: ['# Demand letter', '{{doc.facts}}'] },
 * });
 */
export const DocumentTemplateSchema = z.strictObject({
  id: Id.describe('The template id, unique in the rule set.'),
  channels: z.array(Id).min(1).describe('The escalation channels this document is written for.'),
  scenarios: z.array(Id).min(1).optional().describe('Only for these scenarios; absent: any scenario.'),
  title: Text.describe('The document title, per locale.'),
  note: Text.optional().describe('Why this template serves these channels, for authors and reviewers.'),
  sources: z
    .array(z.string().min(1))
    .min(1)
    .describe('Source keys (research.md §7) for what the document must contain.'),
  confidence: z.enum(['confirmed', 'secondary', 'uncertain']).describe('How well the sources support the structure.'),
  body: LocalizedLines.describe('The document text (Markdown subset) with {{placeholders}} and [[optional groups]].'),
  facts: ByScenario.optional().describe(
    'The statement of facts per cause or scenario, rendered where the body says {{doc.facts}}.',
  ),
  claims: ByScenario.optional().describe(
    'The claim per cause or scenario, rendered where the body says {{doc.claim}}.',
  ),
  override: z.boolean().optional().describe('Replace a template of the same id from an earlier file.'),
});

/**
 * A templates file (`kind: "templates"`): document templates and what they share: labels of the
 * fields a draft may leave blank, labels of enum values, one line per evidence id on what it
 * proves, the line formats of lists, dates and amounts, and each channel as a step to take.
 *
 * @example
 * const file = TemplateFileSchema.parse(JSON.parse(text));
 * console.log(file.templates?.map((template) => template.id));
 */
export const TemplateFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('templates'),
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0'),
  fields: z
    .record(z.string().min(1), Text)
    .optional()
    .describe('Labels of placeholders, used when a draft leaves them blank.'),
  values: z
    .record(z.string().min(1), z.record(z.string().min(1), Text))
    .optional()
    .describe('Labels of enum values by placeholder.'),
  proves: z
    .record(Id, z.strictObject({ date: z.string().min(1).optional(), text: Text }))
    .optional()
    .describe('Per evidence id: what the item proves, and the case date field that dates it.'),
  lines: z.record(Id, Text).optional().describe('Formats of list lines, dates, amounts and notices.'),
  steps: z
    .record(Id, Text)
    .optional()
    .describe('Per channel id: the step as a verb phrase ("申请人民调解"), for {{doc.next_steps}}.'),
  templates: z.array(DocumentTemplateSchema).optional(),
});

/** A templates file. @example const file: TemplateFile = TemplateFileSchema.parse(json); */
export type TemplateFile = z.infer<typeof TemplateFileSchema>;
/** One document template. @example const ids = file.templates?.map((t: DocumentTemplate) => t.id); */
export type DocumentTemplate = z.infer<typeof DocumentTemplateSchema>;
