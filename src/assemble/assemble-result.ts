import { formatInstant } from '../calendar/zoned-time.js';
import type { Result, Warning } from '../result/schema.js';
import { type Severity, SeveritySchema } from '../rules/schema.js';
import { fillText, pickText } from '../text.js';
import { assembleActions, assembleEvidence } from './assemble-actions.js';
import { assembleDeadlines, sortDeadlines } from './assemble-deadlines.js';
import { assembleEscalation } from './assemble-escalation.js';
import { assembleRuleWarnings } from './assemble-rule-warnings.js';
import { calendarWarnings } from './calendar-warnings.js';
import { mergeCalendarUse } from './calendar-use.js';
import type { AssemblyContext } from './context.js';
import { MESSAGES } from './messages.js';
import { assembleSources } from './assemble-sources.js';
import { findNextReview } from './next-review.js';
import type { ComputedDeadline } from './assemble-deadlines.js';
import type { CompiledRule } from '../rules/rule-set.js';

/** Every source key the result shows: the fired rules' and the deadlines'. */
function* citedKeys(fired: readonly CompiledRule[], deadlines: Map<string, ComputedDeadline>): Generator<string> {
  for (const rule of fired) yield* rule.sources;
  for (const deadline of deadlines.values()) yield* deadline.item.source;
}

/** Severities from lowest to highest. */
const SEVERITY: readonly Severity[] = SeveritySchema.options;

/** The warning that the reason code alone chose the cause among several; none otherwise. */
function ambiguousReasonCode(ctx: AssemblyContext): Warning[] {
  const { locale } = ctx;
  const candidates = ctx.dates.causeCandidates;
  if (ctx.facts.causeFromReasonCode === true && candidates.length > 1) {
    return [
      {
        code: 'ambiguous_reason_code',
        message: fillText(MESSAGES.ambiguousReasonCode[locale], {
          code: String(ctx.facts.reasonCode),
          causes: candidates.join(', '),
          cause: candidates[0]!,
        }),
        rules: [],
      },
    ];
  }
  return [];
}

/** The highest severity any fired rule gives; `low` when none gives one. */
function highestSeverity(fired: readonly CompiledRule[]): Severity {
  let severity = 0;
  for (const rule of fired)
    if (rule.outcome.severity) severity = Math.max(severity, SEVERITY.indexOf(rule.outcome.severity));
  return SEVERITY[severity]!;
}

/**
 * Merges the fired rules into one result. Depends only on the context, never on engine timing:
 * each step returns its part, and the warnings come in a fixed order (the rules', the ladder's,
 * the reason code's, the calendar's).
 *
 * @example
 * const result = assembleResult({ kase, ruleSet, facts, dates, evaluation, fired, asOf, timeZone, locale, calendar });
 */
export function assembleResult(ctx: AssemblyContext): Result {
  const { locale, ruleSet, fired } = ctx;
  const deadlines = assembleDeadlines(ctx);
  const { escalation, ...ladder } = assembleEscalation(ctx, deadlines);
  const used = mergeCalendarUse([...[...deadlines.values()].map((d) => d.calendarUse), ladder.calendarUse]);
  return {
    caseId: ctx.kase.id,
    scenario: ctx.kase.scenario,
    cause: ctx.facts.cause,
    locale,
    severity: highestSeverity(fired),
    actions: assembleActions(ctx, deadlines),
    evidence: assembleEvidence(ctx),
    escalation,
    deadlines: sortDeadlines(deadlines),
    sources: assembleSources(ruleSet, citedKeys(fired, deadlines)),
    nextReviewAt: findNextReview(deadlines, escalation, ctx.asOf, ctx.timeZone),
    warnings: [
      ...assembleRuleWarnings(fired, locale),
      ...ladder.warnings,
      ...ambiguousReasonCode(ctx),
      ...calendarWarnings(ctx, used),
    ],
    explanation: fired.map((rule) => ({
      rule: rule.id,
      pack: rule.pack,
      description: pickText(rule.description, locale),
      sources: [...rule.sources],
      confidence: rule.confidence,
    })),
    ruleset: { version: ruleSet.version, hash: ruleSet.hash },
    asOf: formatInstant(ctx.asOf, ctx.timeZone),
  };
}
