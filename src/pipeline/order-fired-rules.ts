import type { Evaluation } from '../evaluate/evaluation.js';
import type { CompiledRule } from '../rules/rule-set.js';
import type { Pipeline } from './create-pipeline.js';

/**
 * Step 5: the rules that fired, in priority order, then definition order: never the engine's
 * completion order, so the merged result does not depend on it.
 *
 * @example
 * orderFiredRules(pipeline, evaluation).map((rule) => rule.id); // ['retrieval-window', …]
 */
export function orderFiredRules(pipeline: Pipeline, evaluation: Evaluation): CompiledRule[] {
  const { placeOf, byPriority } = pipeline;
  return [...evaluation.fired]
    .map((index) => placeOf.get(index)!)
    .sort((a, b) => a - b)
    .map((place) => byPriority[place]!);
}
