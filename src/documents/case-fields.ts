import type * as z from 'zod';
import { createCaseSchema, type CaseVocabulary } from '../case/schema.js';

/** How a case field is written into a document. */
export type CaseFieldKind = 'timestamp' | 'amount' | 'value' | 'list';

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (
    let def = defOf(current);
    (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType;
    def = defOf(current)
  ) {
    current = def.innerType;
  }
  return current;
}

// Field names follow the case contract: timestamps end in At (or By: respondBy), amounts in amount/Amount.
function kindOf(key: string, type: string): CaseFieldKind {
  if (type === 'array') return 'list';
  if (type === 'string' && (key === 'at' || /[a-z](At|By)$/.test(key))) return 'timestamp';
  if (type === 'number' && /[aA]mount$/.test(key)) return 'amount';
  return 'value';
}

function walk(schema: z.ZodType, prefix: string, out: Map<string, CaseFieldKind>): void {
  const def = defOf(unwrap(schema));
  if (def.type !== 'object' || !def.shape) return;
  for (const [key, child] of Object.entries(def.shape)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const childDef = defOf(unwrap(child));
    if (childDef.type === 'object') walk(child, path, out);
    else out.set(path, kindOf(key, childDef.type));
  }
}

const cache = new WeakMap<CaseVocabulary, Map<string, CaseFieldKind>>();

/**
 * The case's leaf fields as dotted paths (`transaction.at`), read from the case schema itself, so
 * a template can name exactly the fields a case may carry.
 *
 * @example
 * caseFieldKinds(ruleSet.vocabulary).get('deposit.amount'); // 'amount'
 */
export function caseFieldKinds(vocabulary: CaseVocabulary): ReadonlyMap<string, CaseFieldKind> {
  let fields = cache.get(vocabulary);
  if (!fields) {
    fields = new Map();
    walk(createCaseSchema(vocabulary), '', fields);
    cache.set(vocabulary, fields);
  }
  return fields;
}
