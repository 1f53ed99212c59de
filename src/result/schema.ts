import { z } from 'zod';
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
  confidence: ConfidenceSchema,
  rules: ruleIds,
});

export const WarningSchema = z.strictObject({ code: z.string(), message: z.string(), rules: ruleIds });

export const ExplanationItemSchema = z.strictObject({
  rule: z.string(),
  pack: z.string(),
  description: z.string(),
  sources: z.array(z.string()),
  confidence: ConfidenceSchema,
});

/** The advice for one case. Plain JSON; byte-identical for the same case, rules and `asOf`. */
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
  warnings: z.array(WarningSchema),
  explanation: z.array(ExplanationItemSchema),
  ruleset: z.strictObject({ version: z.string(), hash: z.string() }),
  asOf: z.string(),
});

export type Result = z.infer<typeof ResultSchema>;
export type ActionItem = z.infer<typeof ActionItemSchema>;
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
export type Escalation = z.infer<typeof EscalationSchema>;
export type DeadlineItem = z.infer<typeof DeadlineItemSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type ExplanationItem = z.infer<typeof ExplanationItemSchema>;
