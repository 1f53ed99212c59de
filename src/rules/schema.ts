import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { TopLevelConditionSchema } from './condition-schema.js';
import { TemplateFileSchema } from './template-schema.js';

const idPattern = /^[a-z][a-z0-9_]*$/;
/** A vocabulary id: snake_case. */
export const IdSchema = z.string().regex(idPattern, 'expected a snake_case id');
/** A rule id: dotted snake_case such as `chargeback.retrieval.deadline`. */
export const RuleIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'expected a dotted snake_case rule id');
/** A date fact name: camelCase such as `noticeAt`. */
export const DateNameSchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'expected a camelCase date fact name such as noticeAt');
export const VersionSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0');

export const TextSchema = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
export const ConfidenceSchema = z.enum(['confirmed', 'secondary', 'uncertain']);
export const SeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export const DayUnitSchema = z.enum(['calendar_day', 'working_day', 'month']);
/** A deadline's unit: a day unit, or `hour` for platforms that count calendar hours from an instant. */
export const DeadlineUnitSchema = z.enum([...DayUnitSchema.options, 'hour']);

/** A day count: a number, or `{ "param": name }` to use a parameter a caller may override. */
export const DaysSchema = z.union([z.number().int().min(0).max(3650), z.strictObject({ param: IdSchema })]);
/**
 * Whom a clock binds: `merchant` (the merchant must act by then; while a year's holiday schedule is
 * unpublished, doubtful days count as working days, so the date is never later than the official
 * one) or `counterparty` (the other party's window; doubtful days count as days off, so it is never
 * called overdue early). Defaults: `merchant` on deadlines, `counterparty` on reply windows, waits
 * (`notBefore`) and settlement cycles.
 */
export const ClockSideSchema = z
  .enum(['merchant', 'counterparty'])
  .describe(
    'Whom the clock binds: merchant (counted early while a schedule is provisional) or counterparty (counted late).',
  );
export const WindowSchema = z.strictObject({ days: DaysSchema, unit: DayUnitSchema, side: ClockSideSchema.optional() });

export const ParameterSchema = z.strictObject({
  value: z.number().min(0),
  unit: z.enum(['calendar_day', 'working_day', 'month', 'hour', 'yuan', 'percent', 'count']).optional(),
  description: TextSchema,
  sources: z.array(z.string().min(1)).min(1),
  confidence: ConfidenceSchema,
});

export const DeadlineSpecSchema = z
  .strictObject({
    id: IdSchema,
    label: TextSchema,
    from: DateNameSchema.optional(),
    at: DateNameSchema.optional(),
    days: DaysSchema.optional(),
    unit: DeadlineUnitSchema.optional(),
    side: ClockSideSchema.optional(),
    sources: z.array(z.string().min(1)).min(1),
    confidence: ConfidenceSchema,
  })
  .refine((d) => (d.at !== undefined) !== (d.from !== undefined), {
    message: 'expected exactly one of "from" (with days and unit) or "at"',
    params: { code: 'invalid_deadline' },
  })
  .refine((d) => d.from === undefined || (d.days !== undefined && d.unit !== undefined), {
    message: 'a deadline counted "from" a date needs "days" and "unit"',
    params: { code: 'invalid_deadline' },
  });

/**
 * What a rule contributes when it fires: severity, actions, evidence, escalation rungs, parallel
 * channels, deadlines and warnings.
 *
 * @example
 * OutcomeSchema.parse({ severity: 'high', evidence: [{ id: 'terminal_transaction_log', required: true }] });
 */
export const OutcomeSchema = z.strictObject({
  severity: SeveritySchema.optional(),
  actions: z
    .array(z.strictObject({ id: IdSchema, order: z.number().int().min(0).max(10000), due: IdSchema.optional() }))
    .optional(),
  evidence: z.array(z.strictObject({ id: IdSchema, required: z.boolean() })).optional(),
  escalation: z
    .array(
      z.strictObject({
        channel: IdSchema,
        order: z.number().int().min(0).max(10000).optional(),
        replyWindow: WindowSchema.optional(),
        notBefore: z
          .strictObject({
            from: DateNameSchema,
            days: DaysSchema,
            unit: DayUnitSchema,
            side: ClockSideSchema.optional(),
          })
          .optional(),
        /** The id of a deadline this rung waits for: due at the instant after it ends (00:00:00 after 23:59:59). */
        afterDeadline: IdSchema.optional(),
        /**
         * An alternative trigger fired: the rung is due now, ahead of untried earlier rungs and without awaiting a
         * reply window.
         */
        now: z.boolean().optional(),
        reason: TextSchema,
      }),
    )
    .optional(),
  parallel: z.array(z.strictObject({ channel: IdSchema, reason: TextSchema })).optional(),
  deadlines: z.array(DeadlineSpecSchema).optional(),
  warnings: z.array(z.strictObject({ code: IdSchema, message: TextSchema })).optional(),
});

/**
 * One rule: json-rules-engine conditions, the outcome when they hold, its sources and confidence.
 * Checks the shape only; ids and facts are checked against the catalog by `compileRuleSet`.
 *
 * @example
 * const parsed = RuleSchema.safeParse(pack.rules[0]);
 * if (!parsed.success) console.error(parsed.error.issues);
 */
export const RuleSchema = z.strictObject({
  id: RuleIdSchema,
  description: TextSchema,
  sources: z.array(z.string().min(1)).min(1),
  confidence: ConfidenceSchema,
  priority: z.number().int().min(1).max(100),
  conditions: TopLevelConditionSchema,
  outcome: OutcomeSchema,
  /** Replace a rule of the same id from an earlier pack instead of conflicting with it. */
  override: z.boolean().optional(),
});

/**
 * A rule pack (`kind: "rules"`): rules with their parameters and named conditions, and a `version`
 * that follows the rule-pack versioning policy in the README.
 *
 * @example
 * const pack: RulePack = RulePackSchema.parse(JSON.parse(text));
 */
export const RulePackSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('rules'),
  id: IdSchema,
  version: VersionSchema,
  title: TextSchema,
  parameters: z.record(IdSchema, ParameterSchema).optional(),
  conditions: z.record(IdSchema, TopLevelConditionSchema).optional(),
  /** Rule ids from earlier packs to switch off. */
  disable: z.array(RuleIdSchema).optional(),
  rules: z.array(RuleSchema),
});

/** A source key as rules cite it: `S` and a number, optionally a letter suffix (`S14b`, `S9x`). */
export const SourceKeySchema = z.string().regex(/^S\d+[a-z]*$/, 'expected a source key such as S20 or S14b');
export const SourceKindSchema = z.enum(['law', 'regulation', 'network_rules', 'processor_docs', 'secondary']);

/** One entry of the sources catalog: what a key such as `S20` names. */
export const SourceEntrySchema = z.strictObject({
  title: z.string().min(1).describe('The title of the text, in its own language.'),
  publisher: z.string().min(1).describe('Who published it (the authority, network, processor or site).'),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'expected an http(s) URL')
    .nullable()
    .describe('Where it was read; null when no public address is known.'),
  kind: SourceKindSchema.describe('law, regulation, network_rules, processor_docs or secondary.'),
  seen: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2026-12-01')
    .describe('The date the source was last read for these rules.'),
  override: z.boolean().optional(),
});

/** On a catalog entry: replace an entry of the same id from an earlier catalog instead of conflicting with it. */
const CatalogOverrideSchema = z.boolean().optional();
const Labelled = z.strictObject({ label: TextSchema, override: CatalogOverrideSchema });

/**
 * A catalog (`kind: "catalog"`): labels of vocabulary ids, the channel ladder, gates, action
 * `doneWhen` conditions, the reason-code crosswalk and settlement cycles.
 *
 * @example
 * const channels = Object.keys(CatalogSchema.parse(JSON.parse(text)).channels ?? {});
 */
export const CatalogSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('catalog'),
  id: IdSchema,
  version: VersionSchema,
  scenarios: z
    .record(
      IdSchema,
      z.strictObject({
        label: TextSchema,
        /** Which consumer signal the older `consumerPurchase` spells in this scenario. */
        consumerSignal: z.enum(['merchantIsConsumer', 'customerIsConsumer']).optional(),
        override: CatalogOverrideSchema,
      }),
    )
    .optional(),
  stages: z.record(IdSchema, Labelled).optional(),
  causes: z
    .record(
      IdSchema,
      z.strictObject({ label: TextSchema, scenarios: z.array(IdSchema).min(1), override: CatalogOverrideSchema }),
    )
    .optional(),
  evidence: z.record(IdSchema, Labelled).optional(),
  actions: z
    .record(
      IdSchema,
      z.strictObject({
        label: TextSchema,
        doneWhen: TopLevelConditionSchema.optional(),
        override: CatalogOverrideSchema,
      }),
    )
    .optional(),
  channels: z
    .record(
      IdSchema,
      z.strictObject({
        label: TextSchema,
        rank: z.number().int().min(0).max(10000),
        replyWindow: WindowSchema.optional(),
        gates: z.array(IdSchema).optional(),
        override: CatalogOverrideSchema,
      }),
    )
    .optional(),
  gates: z
    .record(
      IdSchema,
      z.strictObject({
        message: TextSchema,
        conditions: TopLevelConditionSchema,
        /**
         * true: the channel stays on the ladder (the gate opens as earlier rungs are used); false: it leaves the
         * ladder.
         */
        keepInLadder: z.boolean(),
        override: CatalogOverrideSchema,
      }),
    )
    .optional(),
  dates: z.record(DateNameSchema, Labelled).optional(),
  crosswalk: z.array(z.strictObject({ network: IdSchema, code: z.string().min(1), cause: IdSchema })).optional(),
  settlementCycles: z
    .record(
      z.string().min(1),
      z.strictObject({
        days: z.number().int().min(0).max(3650),
        unit: z.enum(['calendar_day', 'working_day']),
        side: ClockSideSchema.optional(),
        override: CatalogOverrideSchema,
      }),
    )
    .optional(),
  sources: z
    .record(SourceKeySchema, SourceEntrySchema)
    .optional()
    .describe(
      'The sources rules cite, by key (S20): what each key names; a rule citing a key no catalog declares is rejected.',
    ),
});

/**
 * Any rule file: a rule pack, a catalog or document templates, told apart by `kind`. One file alone; references across
 * files are checked by `compileRuleSet`.
 *
 * @example
 * const parsed = RuleFileSchema.safeParse(JSON.parse(text));
 * if (parsed.success && parsed.data.kind === 'rules') console.log(parsed.data.rules.length);
 */
export const RuleFileSchema = z.discriminatedUnion('kind', [RulePackSchema, CatalogSchema, TemplateFileSchema]);

/** A rule pack. @example const pack: RulePack = RulePackSchema.parse(json); */
export type RulePack = z.infer<typeof RulePackSchema>;
/** One rule of a pack. @example const ids = pack.rules.map((rule: Rule) => rule.id); */
export type Rule = z.infer<typeof RuleSchema>;
/**
 * A rule's outcome. @example const outcome: Outcome = { severity: 'medium', actions: [{ id: 'preserve_evidence',
 * order: 10 }] };
 */
export type Outcome = z.infer<typeof OutcomeSchema>;
/** A catalog file. @example const catalog: Catalog = CatalogSchema.parse(json); */
export type Catalog = z.infer<typeof CatalogSchema>;
/** A rule pack or a catalog. @example const file: RuleFile = RuleFileSchema.parse(json); */
export type RuleFile = z.infer<typeof RuleFileSchema>;
export type Window = z.infer<typeof WindowSchema>;
/** A sources-catalog entry. @example const entry: SourceEntry = ruleSet.catalog.sources['S20']!; */
export type SourceEntry = z.infer<typeof SourceEntrySchema>;
export type Days = z.infer<typeof DaysSchema>;
export type DayUnit = z.infer<typeof DayUnitSchema>;
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>;
export type DeadlineSpec = z.infer<typeof DeadlineSpecSchema>;
export type Parameter = z.infer<typeof ParameterSchema>;
/**
 * How urgent a case is: `low`, `medium`, `high` or `critical`. @example const urgent = (s: Severity) => s === 'high'
 * || s === 'critical';
 */
export type Severity = z.infer<typeof SeveritySchema>;
/**
 * How well a rule's sources support it: `confirmed`, `secondary` or `uncertain` (see the README's limits).
 * @example const weak = result.explanation.filter((item) => item.confidence === 'uncertain');
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;
