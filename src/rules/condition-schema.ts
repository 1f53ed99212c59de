import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales

// json-rules-engine's condition syntax, as its README documents it: `all` / `any` / `not` /
// `condition` (a named condition) and leaves of `fact`, `operator`, `value` and an optional `path`.
// The schemas are the one definition and the types are inferred from them: the recursion runs
// through getters (zod 4's way), whose annotations name the union by its members' types.

const meta = { name: z.string().optional(), priority: z.number().int().min(1).optional() };

/** A leaf: a fact (optionally a path into it), an operator and the value to compare with. */
export const ConditionLeafSchema = z.strictObject({
  fact: z.string().min(1),
  operator: z.string().min(1),
  value: z.unknown(),
  path: z.string().min(1).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  ...meta,
});

/** The boolean groups and the named condition, built afresh for each union that holds them. */
function createGroupSchemas() {
  return [
    z.strictObject({
      get all(): z.ZodArray<ConditionUnion> {
        return z.array(ConditionSchema);
      },
      ...meta,
    }),
    z.strictObject({
      get any(): z.ZodArray<ConditionUnion> {
        return z.array(ConditionSchema);
      },
      ...meta,
    }),
    z.strictObject({
      get not(): ConditionUnion {
        return ConditionSchema;
      },
      ...meta,
    }),
    z.strictObject({ condition: z.string().min(1), ...meta }),
  ] as const;
}

type GroupSchemas = ReturnType<typeof createGroupSchemas>;
type ConditionUnion = z.ZodUnion<readonly [...GroupSchemas, typeof ConditionLeafSchema]>;

/** Any condition: a boolean group (`all`, `any`, `not`), a named condition or a leaf. */
export const ConditionSchema: ConditionUnion = z.union([...createGroupSchemas(), ConditionLeafSchema] as const);

/** A rule's top level must be a boolean group or a named condition, as json-rules-engine requires. */
export const TopLevelConditionSchema: z.ZodUnion<GroupSchemas> = z.union(createGroupSchemas());

/**
 * A condition as rule files write it, inferred from ConditionSchema.
 *
 * @example
 * const fraud: Condition = {
 *   any: [
 *     { fact: 'signals', path: 'fraudSuspected', operator: 'equal', value: true },
 *     { condition: 'fraud_indicated' },
 *   ],
 * };
 */
export type Condition = z.output<typeof ConditionSchema>;

/**
 * A condition's leaf, inferred from ConditionLeafSchema.
 *
 * @example
 * const leaf: ConditionLeaf = { fact: 'stage', operator: 'equal', value: 'retrieval' };
 */
export type ConditionLeaf = z.output<typeof ConditionLeafSchema>;
