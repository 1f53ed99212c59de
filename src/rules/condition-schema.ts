import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales

/**
 * json-rules-engine's condition syntax, as its README documents it: `all` / `any` / `not` /
 * `condition` (a named condition) and leaves of `fact`, `operator`, `value` and an optional `path`.
 *
 * @example
 * const fraud: Condition = { any: [{ fact: 'signals', path: 'fraudSuspected', operator: 'equal', value: true }, { condition: 'fraud_indicated' }] };
 */
export type Condition =
  | { all: Condition[]; name?: string; priority?: number }
  | { any: Condition[]; name?: string; priority?: number }
  | { not: Condition; name?: string; priority?: number }
  | { condition: string; name?: string; priority?: number }
  | ConditionLeaf;

export interface ConditionLeaf {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
  name?: string;
  priority?: number;
}

const meta = { name: z.string().optional(), priority: z.number().int().min(1).optional() };

export const ConditionLeafSchema = z.strictObject({
  fact: z.string().min(1),
  operator: z.string().min(1),
  value: z.unknown(),
  path: z.string().min(1).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  ...meta,
});

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema), ...meta }),
    z.strictObject({ any: z.array(ConditionSchema), ...meta }),
    z.strictObject({ not: ConditionSchema, ...meta }),
    z.strictObject({ condition: z.string().min(1), ...meta }),
    ConditionLeafSchema,
  ]),
) as z.ZodType<Condition>;

/** A rule's top level must be a boolean group or a named condition, as json-rules-engine requires. */
export const TopLevelConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema), ...meta }),
    z.strictObject({ any: z.array(ConditionSchema), ...meta }),
    z.strictObject({ not: ConditionSchema, ...meta }),
    z.strictObject({ condition: z.string().min(1), ...meta }),
  ]),
) as z.ZodType<Condition>;
