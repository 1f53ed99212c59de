import { assembleResult } from '../assemble/assemble-result.js';
import type { Evaluation } from '../evaluate/evaluation.js';
import type { DerivedFacts } from '../facts/derive-facts.js';
import type { Result } from '../result/schema.js';
import type { Pipeline } from './create-pipeline.js';
import { orderFiredRules } from './order-fired-rules.js';
import type { PreparedCase } from './resolve-as-of.js';

/**
 * Steps 5 and 6: the fired rules in priority order, merged into the result.
 *
 * @example
 * const result = assembleCase(pipeline, prepared, derived, evaluation);
 */
export function assembleCase(
  pipeline: Pipeline,
  prepared: PreparedCase,
  derived: DerivedFacts,
  evaluation: Evaluation,
): Result {
  const { ruleSet, calendar } = pipeline;
  const { kase, asOf, timeZone, locale } = prepared;
  const { facts, dates } = derived;
  const fired = orderFiredRules(pipeline, evaluation);
  return assembleResult({ kase, ruleSet, facts, dates, evaluation, fired, asOf, timeZone, locale, calendar });
}
