import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { instantPattern } from '../case/timestamp-pattern.js';
import { ConfidenceSchema, SeveritySchema } from '../rules/schema.js';

const ruleIds = z.array(z.string()).describe('The ids of the rules that put this item here, in firing order.');
const instant = z.string().regex(new RegExp(instantPattern()), 'expected an ISO 8601 instant with an offset');

export const ActionItemSchema = z
  .strictObject({
    id: z.string().describe('The action id from the catalog (stable; never translated).'),
    label: z.string().describe("What to do, in the case's locale."),
    status: z
      .enum(['todo', 'done', 'overdue'])
      .describe('Whether the step is still to do, already done (the case shows it), or overdue.'),
    dueAt: instant.optional().describe('The instant by which the step must be done, when a deadline governs it.'),
    rules: ruleIds,
  })
  .describe('One step of the recommended action path.');

export const EvidenceItemSchema = z
  .strictObject({
    id: z.string().describe('The evidence id from the catalog.'),
    label: z.string().describe("What to gather, in the case's locale."),
    required: z.boolean().describe('Whether the advice depends on this evidence (required items come first).'),
    held: z.boolean().describe("Whether the case's evidence list says the merchant already holds it."),
    rules: ruleIds,
  })
  .describe('One line of the evidence checklist.');

export const EscalationSchema = z
  .strictObject({
    channel: z.string().nullable().describe('The channel id to turn to next, or null when no channel applies.'),
    label: z.string().describe("The channel's name, in the case's locale."),
    when: z
      .union([z.literal('now'), instant])
      .describe(
        '"now", or the first instant at which turning to the channel is due (e.g. when a reply window runs out).',
      ),
    reason: z.string().describe("Why this channel and this time, in the case's locale."),
    parallel: z
      .array(z.string())
      .describe('Channel ids to use at the same time (e.g. police_110 when fraud is indicated).'),
    ladder: z.array(z.string()).describe('The channel ids still ahead after this one, in order.'),
    rules: ruleIds,
  })
  .describe('Where to turn next, when, what in parallel and what is still ahead.');

export const DeadlineItemSchema = z
  .strictObject({
    id: z.string().describe('The deadline id from the rule that set it.'),
    label: z.string().describe("What the clock is for, in the case's locale."),
    dueAt: instant.describe('The last instant of the period (23:59:59 local time on its last day, for day counts).'),
    daysLeft: z.number().int().describe('Calendar days from asOf to dueAt in the case zone; negative once expired.'),
    expired: z.boolean().describe('Whether dueAt lies before asOf.'),
    basis: z.string().describe('How the deadline was counted (e.g. "5 working days from the notice date").'),
    source: z.array(z.string()).describe('The source keys behind the day count.'),
    calendar: z
      .enum(['official', 'provisional', 'weekdays'])
      .describe(
        'Which holiday data the clock was counted with: a published schedule, ' +
          'a provisional year (statutory days only), or Monday–Friday.',
      ),
    confidence: ConfidenceSchema.describe('How sure the sources are: confirmed, secondary or uncertain.'),
    rules: ruleIds,
  })
  .describe('A clock that matters for the case.');

export const SourceItemSchema = z.strictObject({
  key: z.string().describe('The key rules cite, such as S20.'),
  title: z.string().describe('The title of the source.'),
  publisher: z.string().describe('Who published it.'),
  url: z.string().nullable().describe('Where it was read; null when no public address is known.'),
  kind: z
    .enum(['law', 'regulation', 'network_rules', 'processor_docs', 'secondary'])
    .describe('What kind of source it is.'),
  seen: z.string().describe('The date the source was last read for these rules.'),
});

export const WarningSchema = z
  .strictObject({
    code: z.string().describe('A stable warning code (e.g. missing_fact, gate_not_met).'),
    message: z.string().describe("What weakens or limits the advice, in the case's locale."),
    rules: ruleIds,
  })
  .describe('Something that weakens or limits the advice.');

export const ExplanationItemSchema = z
  .strictObject({
    rule: z.string().describe('The id of a rule that fired (pack.rule).'),
    pack: z.string().describe('The id of the pack that holds the rule.'),
    description: z.string().describe("What the rule says, in the case's locale."),
    sources: z.array(z.string()).describe('The source keys the rule cites.'),
    confidence: ConfidenceSchema.describe('How sure the sources are: confirmed, secondary or uncertain.'),
  })
  .describe('A rule that fired, with its sources.');

/**
 * The advice for one case. Plain JSON; byte-identical for the same case, rules and `asOf`.
 *
 * @example
 * const stored: Result = ResultSchema.parse(JSON.parse(savedJson)); // e.g. when reading back an audit log
 */
export const ResultSchema = z.strictObject({
  caseId: z.string().describe("The case's id, echoed back."),
  scenario: z.string().describe("The case's scenario id."),
  cause: z
    .string()
    .nullable()
    .describe('The cause id, given or derived (e.g. from the reason code), or null when unknown.'),
  locale: z.enum(['zh-CN', 'en']).describe('The language of every label and message in the result.'),
  severity: SeveritySchema.describe('How urgent the case is: low, medium, high or critical.'),
  actions: z.array(ActionItemSchema).describe('The recommended action path, in order.'),
  evidence: z.array(EvidenceItemSchema).describe('The evidence checklist, required items first.'),
  escalation: EscalationSchema,
  deadlines: z.array(DeadlineItemSchema).describe('Every clock that matters for the case.'),
  sources: z
    .array(SourceItemSchema)
    .describe(
      'Every source the result cites (explanation and deadlines), sorted by key, from the shipped sources catalog.',
    ),
  nextReviewAt: instant
    .nullable()
    .describe(
      'The earliest instant after asOf at which the advice changes without new facts ' +
        '(a deadline passes, a window ends, a rung comes due), or null.',
    ),
  warnings: z.array(WarningSchema).describe('Missing facts, unmet gates and other limits of the advice.'),
  explanation: z.array(ExplanationItemSchema).describe('The rules that fired, in order.'),
  ruleset: z
    .strictObject({
      version: z.string().describe('The packs used, as id@version separated by spaces.'),
      hash: z
        .string()
        .regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex digits>')
        .describe('A SHA-256 of the rule files and parameter values, to audit the result later.'),
    })
    .describe('The rule set the result came from.'),
  asOf: instant.describe('The instant the advice was computed for.'),
});
/** The advice for one case (see {@link ResultSchema}). @example const result: Result = await triage.triage(kase); */
export type Result = z.infer<typeof ResultSchema>;
/** A cited source. @example const laws = result.sources.filter((source: SourceItem) => source.kind === 'law'); */
export type SourceItem = z.infer<typeof SourceItemSchema>;
/**
 * A step of the action path.
 *
 * @example
 * const open = result.actions.filter((action: ActionItem) => action.status !== 'done');
 */
export type ActionItem = z.infer<typeof ActionItemSchema>;
/**
 * A line of the evidence checklist.
 *
 * @example
 * const missing = result.evidence.filter((item: EvidenceItem) => item.required && !item.held);
 */
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
/**
 * Where to turn next, when, what in parallel and what is still ahead.
 *
 * @example
 * const { channel, when, ladder }: Escalation = result.escalation;
 */
export type Escalation = z.infer<typeof EscalationSchema>;
/**
 * A clock that matters for the case.
 *
 * @example
 * const next = result.deadlines.find((deadline: DeadlineItem) => !deadline.expired);
 */
export type DeadlineItem = z.infer<typeof DeadlineItemSchema>;
/**
 * Something that weakens or limits the advice.
 *
 * @example
 * for (const warning of result.warnings) console.warn(warning.code, warning.message);
 */
export type Warning = z.infer<typeof WarningSchema>;
/**
 * A rule that fired, with its sources.
 *
 * @example
 * const sources = new Set(result.explanation.flatMap((item: ExplanationItem) => item.sources));
 */
export type ExplanationItem = z.infer<typeof ExplanationItemSchema>;
