import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { ConfidenceSchema, SeveritySchema } from '../rules/schema.js';

const ruleIds = z.array(z.string());

export const ActionItemSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  status: z.enum(['todo', 'done', 'overdue']),
  dueAt: z.string().optional(),
  rules: ruleIds,
});

export const EvidenceItemSchema = z.strictObject({ id: z.string(), label: z.string(), required: z.boolean(), held: z.boolean(), rules: ruleIds });

export const EscalationSchema = z.strictObject({
  channel: z.string().nullable(),
  label: z.string(),
  when: z.string(),
  reason: z.string(),
  parallel: z.array(z.string()),
  ladder: z.array(z.string()),
  rules: ruleIds,
});

export const DeadlineItemSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  dueAt: z.string(),
  daysLeft: z.number().int(),
  expired: z.boolean(),
  basis: z.string(),
  source: z.array(z.string()),
  calendar: z
    .enum(['official', 'provisional', 'weekdays'])
    .describe('Which holiday data the clock was counted with: a published schedule, a provisional year (statutory days only), or Monday–Friday.'),
  confidence: ConfidenceSchema,
  rules: ruleIds,
});

export const SourceItemSchema = z.strictObject({
  key: z.string().describe('The key rules cite, such as S20.'),
  title: z.string().describe('The title of the source.'),
  publisher: z.string().describe('Who published it.'),
  url: z.string().nullable().describe('Where it was read; null when no public address is known.'),
  kind: z.enum(['law', 'regulation', 'network_rules', 'processor_docs', 'secondary']).describe('What kind of source it is.'),
  seen: z.string().describe('The date the source was last read for these rules.'),
});

export const WarningSchema = z.strictObject({ code: z.string(), message: z.string(), rules: ruleIds });

export const ExplanationItemSchema = z.strictObject({
  rule: z.string(),
  pack: z.string(),
  description: z.string(),
  sources: z.array(z.string()),
  confidence: ConfidenceSchema,
});

/**
 * The advice for one case. Plain JSON; byte-identical for the same case, rules and `asOf`.
 *
 * @example
 * const stored: Result = ResultSchema.parse(JSON.parse(savedJson)); // e.g. when reading back an audit log
 */
export const ResultSchema = z.strictObject({
  caseId: z.string(),
  scenario: z.string(),
  cause: z.string().nullable(),
  locale: z.enum(['zh-CN', 'en']),
  severity: SeveritySchema,
  actions: z.array(ActionItemSchema),
  evidence: z.array(EvidenceItemSchema),
  escalation: EscalationSchema,
  deadlines: z.array(DeadlineItemSchema),
  sources: z.array(SourceItemSchema).describe('Every source the result cites (explanation and deadlines), sorted by key, from the shipped sources catalog.'),
  nextReviewAt: z.string().nullable().describe('The earliest instant after asOf at which the advice changes without new facts (a deadline passes, a window ends, a rung comes due), or null.'),
  warnings: z.array(WarningSchema),
  explanation: z.array(ExplanationItemSchema),
  ruleset: z.strictObject({ version: z.string(), hash: z.string() }),
  asOf: z.string(),
});

/** The advice for one case (see {@link ResultSchema}). @example const result: Result = await triage.triage(kase); */
export type Result = z.infer<typeof ResultSchema>;
/** A cited source. @example const laws = result.sources.filter((source: SourceItem) => source.kind === 'law'); */
export type SourceItem = z.infer<typeof SourceItemSchema>;
/** A step of the action path. @example const open = result.actions.filter((action: ActionItem) => action.status !== 'done'); */
export type ActionItem = z.infer<typeof ActionItemSchema>;
/** A line of the evidence checklist. @example const missing = result.evidence.filter((item: EvidenceItem) => item.required && !item.held); */
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
/** Where to turn next, when, what in parallel and what is still ahead. @example const { channel, when, ladder }: Escalation = result.escalation; */
export type Escalation = z.infer<typeof EscalationSchema>;
/** A clock that matters for the case. @example const next = result.deadlines.find((deadline: DeadlineItem) => !deadline.expired); */
export type DeadlineItem = z.infer<typeof DeadlineItemSchema>;
/** Something that weakens or limits the advice. @example for (const warning of result.warnings) console.warn(warning.code, warning.message); */
export type Warning = z.infer<typeof WarningSchema>;
/** A rule that fired, with its sources. @example const sources = new Set(result.explanation.flatMap((item: ExplanationItem) => item.sources)); */
export type ExplanationItem = z.infer<typeof ExplanationItemSchema>;
