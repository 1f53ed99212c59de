import type { Case } from '../case/schema.js';
import { findUnreadableValue } from '../case/find-unreadable-value.js';
import { validateCase } from '../case/validate-case.js';
import type { Pipeline } from './create-pipeline.js';
import type { StepOutcome } from './pipeline-outcome.js';

/**
 * Step 1: the input checked against the size limits and the case schema. Never throws: input that
 * cannot even be read (a throwing getter, a proxy) is answered with the issue naming where.
 *
 * @example
 * const checked = prepareCase(pipeline, JSON.parse(text));
 * if (!checked.ok) console.error(checked.issues);
 */
export function prepareCase(pipeline: Pipeline, input: unknown): StepOutcome<Case> {
  try {
    return validateCase(pipeline.schema, input, pipeline.limits);
  } catch (error) {
    return { ok: false, issues: [findUnreadableValue(input, error, pipeline.limits.maxNodes)] };
  }
}
