// What the root entry and pos-dispute-triage/browser both export, listed once by name; each entry adds
// its own createTriage (with or without the bundled rules) and what depends on them.
export { compileRuleSet } from './rules/compile-rule-set.js';
export type { CompileRuleSetOptions } from './rules/compile-rule-set.js';
export { DEFAULT_RULE_SOURCE_LIMITS } from './rules/guard-rule-source.js';
export type { RuleSourceLimits } from './rules/guard-rule-source.js';
export type { RuleSet, RuleSource, CompiledRule, MergedCatalog, PackInfo } from './rules/rule-set.js';
export { RuleFileSchema, RulePackSchema, CatalogSchema, RuleSchema, OutcomeSchema } from './rules/schema.js';
export type { RuleFile, RulePack, Catalog, Rule, Outcome, Severity, Confidence } from './rules/schema.js';
export type { Condition } from './rules/condition-schema.js';
export { createCaseSchema } from './case/schema.js';
export type { Case, CaseVocabulary } from './case/schema.js';
export type { CaseInput, TriageInput } from './case/case-input.js';
export type { ChannelId, CauseId, EvidenceId, ScenarioId, StageId } from './generated/case-vocabulary.js';
export { DEFAULT_CASE_LIMITS } from './case/limits.js';
export type { CaseLimits } from './case/limits.js';
export { ResultSchema } from './result/schema.js';
export type {
  Result,
  ActionItem,
  EvidenceItem,
  Escalation,
  DeadlineItem,
  Warning,
  ExplanationItem,
} from './result/schema.js';
export { formatReport } from './format/format-report.js';
export type { FormatReportOptions } from './format/format-report.js';
export { chineseWorkingCalendar, createWorkingCalendar } from './calendar/working-calendar.js';
export type { WorkingCalendar, CreateWorkingCalendarOptions } from './calendar/working-calendar.js';
export { CalendarFileSchema, validateCalendarFile } from './calendar/calendar-file.js';
export type { CalendarFile } from './calendar/calendar-file.js';
export { createProvisionalCalendar, cnProvisionalCalendar } from './calendar/provisional-calendar.js';
export type { ProvisionalCalendar, ProvisionalStatus, ProvisionalYear } from './calendar/provisional-calendar.js';
export type { CalendarKind, ClockSide } from './calendar/clock-side.js';
export { InvalidCalendarError } from './errors/invalid-calendar-error.js';
export { toCalendarJsonSchema } from './schema/calendar-json-schema.js';
export { TriageError } from './errors/triage-error.js';
export { InvalidCaseError } from './errors/invalid-case-error.js';
export { InvalidRulesError } from './errors/invalid-rules-error.js';
export {
  isTriageError,
  isInvalidCaseError,
  isInvalidRulesError,
  isInvalidCalendarError,
} from './errors/type-guards.js';
export { formatIssues } from './issues.js';
export { ISSUE_CODES, isIssueCode } from './issue-codes.js';
export type { IssueCode } from './issue-codes.js';
export type { Issue, IssueDetail } from './issues.js';
export type { Locale, Text } from './text.js';
export { lintRuleSet } from './lint/lint-rule-set.js';
export type { LintRuleSetOptions, LintReport } from './lint/lint-rule-set.js';
export { toCaseJsonSchema, toResultJsonSchema, toRuleFileJsonSchema } from './schema/json-schemas.js';
export type { JsonSchema, ToCaseJsonSchemaOptions } from './schema/json-schemas.js';
export { whatIf } from './what-if/what-if.js';
export type { WhatIfChange, WhatIfOption, WhatIfReport } from './what-if/what-if.js';
export type { WhatIfDifferences } from './what-if/compare-results.js';
export { formatWhatIf } from './what-if/format-what-if.js';
export type { FormatWhatIfOptions } from './what-if/format-what-if.js';
export type { DraftDocumentOptions, DraftedDocument } from './documents/draft-document.js';
export { DocumentTemplateSchema, TemplateFileSchema } from './rules/template-schema.js';
export type { DocumentTemplate, TemplateFile } from './rules/template-schema.js';
export type { MergedTemplates } from './documents/compile-templates.js';
export { formatMarkdown } from './format/format-markdown.js';
export type { FormatMarkdownOptions } from './format/format-markdown.js';
export { formatHtml } from './format/format-html.js';
export { formatIcs } from './format/format-ics.js';
export type { FormatIcsOptions } from './format/format-ics.js';
