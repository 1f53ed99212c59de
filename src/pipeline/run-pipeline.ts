import type { Result } from '../result/schema.js';
import { assembleCase } from './assemble-case.js';
import type { Pipeline } from './create-pipeline.js';
import { deriveCaseFacts } from './derive-case-facts.js';
import { evaluateFacts } from './evaluate-facts.js';
import type { StepOutcome } from './pipeline-outcome.js';
import { prepareCase } from './prepare-case.js';
import { resolveAsOf } from './resolve-as-of.js';

/**
 * Every step in turn: the result, or the issues of an invalid case. Throws a TriageError when a
 * rule or the clock fails (`safeTriage` turns that into issues).
 *
 * @example
 * const outcome = await runPipeline(createPipeline(defaultRules()), kase);
 * if (outcome.ok) console.log(outcome.value.escalation.channel);
 */
export async function runPipeline(pipeline: Pipeline, input: unknown): Promise<StepOutcome<Result>> {
  const checked = prepareCase(pipeline, input);
  if (!checked.ok) return checked;
  const resolved = resolveAsOf(pipeline, checked.value);
  if (!resolved.ok) return resolved;
  const prepared = resolved.value;
  const derived = await deriveCaseFacts(pipeline, prepared);
  const evaluation = await evaluateFacts(pipeline, derived.facts);
  return { ok: true, value: assembleCase(pipeline, prepared, derived, evaluation) };
}
