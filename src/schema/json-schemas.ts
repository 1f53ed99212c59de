import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { caseJsonSchemaHintsOf, createCaseSchema, type CaseVocabulary } from '../case/schema.js';
import type { MergedCatalog } from '../rules/rule-set.js';
import { applyHints } from './apply-hints.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from '../case/limits.js';
import { ConditionSchema } from '../rules/condition-schema.js';
import { ResultSchema } from '../result/schema.js';
import { DeadlineSpecSchema, RuleFileSchema } from '../rules/schema.js';

/**
 * A JSON Schema document (draft-07), plain JSON.
 *
 * @example
 * const text = JSON.stringify(toRuleFileJsonSchema() satisfies JsonSchema, null, 2);
 */
export type JsonSchema = Record<string, unknown>;

/**
 * Options for {@link toCaseJsonSchema}.
 *
 * @example
 * const schema = toCaseJsonSchema(triage.ruleSet.vocabulary, { limits: { maxContacts: 50 } });
 */
export interface ToCaseJsonSchemaOptions {
  /** Size limits to state in the schema. Default: the package's defaults. */
  limits?: Partial<CaseLimits>;
  /** JSON Schema dialect. Default `draft-07`; `draft-2020-12` and `openapi-3.0` serve OpenAPI 3.1 and 3.0 documents. */
  target?: 'draft-07' | 'draft-2020-12' | 'openapi-3.0';
  /** The rule set's catalog: when given, enum ids carry their zh-CN and en labels (`x-labels`, `enumDescriptions`). */
  catalog?: MergedCatalog;
}

// draft-07 is the draft editors (VS Code, JetBrains) understand best.
const TARGET = 'draft-07';

/** Names the recursive condition in `definitions` instead of zod's `__schema0`. */
function namedDefinitions(): z.core.$ZodRegistry<{ id?: string }> {
  const registry = z.registry<{ id?: string }>();
  registry.add(ConditionSchema, { id: 'condition' });
  return registry;
}

// zod writes int's implicit safe-integer bound into every integer; it says nothing to an author.
function dropImplicitBounds(json: Record<string, unknown>): void {
  if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
  if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
}

/**
 * The JSON Schema of a rule file (a rule pack or a catalog), for editors: rule files name it in
 * `$schema`. The deadline refinement (`from` + `days` + `unit`, or `at`) becomes a `oneOf`;
 * the semantic checks (known ids, facts, operators) stay with `compileRuleSet` and `lint`.
 *
 * @example
 * import { toRuleFileJsonSchema } from 'pos-dispute-triage';
 * const schema = toRuleFileJsonSchema();
 * schema.title; // 'pos-dispute-triage rule file'
 */
export function toRuleFileJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(RuleFileSchema, {
    target: TARGET,
    io: 'input',
    metadata: namedDefinitions(),
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as Record<string, unknown>;
      dropImplicitBounds(json);
      if (zodSchema === DeadlineSpecSchema) {
        // oneOf: both "from" and "at" match both branches and fail, as the refinement does.
        json.oneOf = [{ required: ['from', 'days', 'unit'] }, { required: ['at'] }];
      }
    },
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    title: 'pos-dispute-triage rule file',
    description: 'A rule pack (kind "rules"), a catalog (kind "catalog") or document templates (kind "templates").',
    ...schema,
  };
}

/**
 * The JSON Schema of a case for a rule set's vocabulary: scenario, cause, stage, evidence and
 * channel ids are listed as enums, so an editor completes them.
 *
 * @example
 * import { createTriage, toCaseJsonSchema } from 'pos-dispute-triage';
 * const schema = toCaseJsonSchema(createTriage().ruleSet.vocabulary);
 */
export function toCaseJsonSchema(vocabulary: CaseVocabulary, options: ToCaseJsonSchemaOptions = {}): JsonSchema {
  const caseSchema = createCaseSchema(vocabulary, { ...DEFAULT_CASE_LIMITS, ...options.limits });
  const schema = z.toJSONSchema(caseSchema, {
    target: options.target ?? TARGET,
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as Record<string, unknown>;
      dropImplicitBounds(json);
      const hints = caseJsonSchemaHintsOf(zodSchema);
      if (hints) applyHints(json, hints, options.catalog);
    },
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    title: 'pos-dispute-triage case',
    description: 'One dispute case, as `dispute-triage triage` and `createTriage().triage` accept it.',
    ...schema,
  };
}

/**
 * The JSON Schema of a result, as `triage` returns it and `dispute-triage triage --json` prints it.
 *
 * @example
 * import { toResultJsonSchema } from 'pos-dispute-triage';
 * const schema = toResultJsonSchema();
 * schema.title; // 'pos-dispute-triage result'
 */
export function toResultJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(ResultSchema, {
    target: TARGET,
    io: 'output',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => dropImplicitBounds(jsonSchema as Record<string, unknown>),
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    title: 'pos-dispute-triage result',
    description: 'The advice for one case, as `createTriage().triage` returns it.',
    ...schema,
  };
}
