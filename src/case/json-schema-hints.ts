import type * as z from 'zod';

// Keyed by the schema's definition, which `.describe()`, `.meta()` and `.optional()`'s inner keep.
const hintsByDefinition = new WeakMap<object, Record<string, unknown>>();

/**
 * Attaches JSON Schema keywords to a field schema, for `caseJsonSchemaHintsOf` to hand out.
 *
 * @example
 * addHints(amount, { multipleOf: 0.01 });
 */
export function addHints(schema: z.core.$ZodType, hints: Record<string, unknown>): void {
  hintsByDefinition.set(schema._zod.def, hints);
}

/**
 * JSON Schema keywords for refinements `z.toJSONSchema` cannot see (id lists, the timestamp
 * pattern, amounts in cents), so the exported case schema is as strict as the library and still
 * completes ids in an editor. `x-vocabulary` names the catalog section whose labels apply.
 *
 * @example
 * const hints = caseJsonSchemaHintsOf(schema.shape.scenario); // { enum: [...], 'x-vocabulary': 'scenarios' }
 */
export function caseJsonSchemaHintsOf(schema: z.core.$ZodType): Record<string, unknown> | undefined {
  return hintsByDefinition.get(schema._zod.def);
}
