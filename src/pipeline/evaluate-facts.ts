import type { Evaluation } from '../evaluate/evaluation.js';
import type { Facts } from '../facts/derive-facts.js';
import type { Pipeline } from './create-pipeline.js';

/**
 * Step 4: every condition of the rule set on one case's facts, without a promise when the
 * evaluator needs none (the compiled one).
 *
 * @example
 * const evaluation = await evaluateFacts(pipeline, derived.facts); // { fired, gates, done }
 */
export function evaluateFacts(pipeline: Pipeline, facts: Facts): Evaluation | Promise<Evaluation> {
  const { evaluator } = pipeline;
  return evaluator.evaluateSync ? evaluator.evaluateSync(facts) : evaluator.evaluate(facts);
}
