import { formatInstant } from '../calendar/zoned-time.js';
import type { Result, Warning } from '../result/schema.js';
import type { Severity } from '../rules/schema.js';
import { fillText, pickText } from '../text.js';
import { assembleActions, assembleEvidence } from './assemble-actions.js';
import { assembleDeadlines, sortDeadlines } from './assemble-deadlines.js';
import { assembleEscalation } from './assemble-escalation.js';
import { calendarWarnings } from './calendar-warnings.js';
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

const SEVERITY: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** Merges the fired rules into one result. Depends only on the context, never on engine timing. */
export function assembleResult(ctx: AssemblyContext): Result {
  const { locale, ruleSet, fired } = ctx;
  const deadlines = assembleDeadlines(ctx);
  const actions = assembleActions(ctx, deadlines);
  const evidence = assembleEvidence(ctx);

  const warnings: Warning[] = [];
  const byCode = new Map<string, Warning>();
  for (const rule of fired) {
    for (const w of rule.outcome.warnings ?? []) {
      const seen = byCode.get(w.code);
      if (seen) seen.rules.push(rule.id);
      else {
        const warning = { code: w.code, message: pickText(w.message, locale), rules: [rule.id] };
        byCode.set(w.code, warning);
        warnings.push(warning);
      }
    }
  }
  const escalation = assembleEscalation(ctx, warnings, deadlines);
  const candidates = ctx.dates.causeCandidates;
  if (ctx.facts.causeFromReasonCode === true && candidates.length > 1) {
    warnings.push({
      code: 'ambiguous_reason_code',
      message: fillText(MESSAGES.ambiguousReasonCode[locale], {
        code: String(ctx.facts.reasonCode),
        causes: candidates.join(', '),
        cause: candidates[0]!,
      }),
      rules: [],
    });
  }
  if (ctx.notes.outsideCalendar || ctx.dates.outsideCalendar) {
    warnings.push({
      code: 'calendar_out_of_range',
      message: fillText(MESSAGES.calendarOutOfRange[locale], {
        first: ctx.calendar.firstYear,
        last: Math.max(ctx.calendar.lastYear, ctx.calendar.provisional?.lastYear ?? 0),
      }),
      rules: [],
    });
  }
  warnings.push(...calendarWarnings(ctx));

  let severity = 0;
  for (const rule of fired)
    if (rule.outcome.severity) severity = Math.max(severity, SEVERITY.indexOf(rule.outcome.severity));

  return {
    caseId: ctx.kase.id,
    scenario: ctx.kase.scenario,
    cause: ctx.facts.cause,
    locale,
    severity: SEVERITY[severity]!,
    actions,
    evidence,
    escalation,
    deadlines: sortDeadlines(deadlines),
    sources: assembleSources(ruleSet, citedKeys(fired, deadlines)),
    nextReviewAt: findNextReview(deadlines, escalation, ctx.asOf, ctx.timeZone),
    warnings,
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
