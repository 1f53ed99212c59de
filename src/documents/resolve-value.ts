import type { FactValues } from '../facts/facts.js';
import { caseFieldKinds } from './case-fields.js';
import type { ListContext } from './document-lists.js';
import { formatMoney, formatTimestamp } from './format-value.js';
import { renderLine } from './render-template.js';

/** Reads a dotted path from a plain object; undefined when any step is missing. */
export function readPath(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Case fields and facts that hold catalog ids: written by their catalog label. */
const CATALOG_IDS: Record<string, 'stages' | 'causes' | 'scenarios'> = {
  'case.dispute.stage': 'stages',
  'case.cause': 'causes',
  'case.scenario': 'scenarios',
  'fact.stage': 'stages',
  'fact.cause': 'causes',
  'fact.scenario': 'scenarios',
};

function writeScalar(name: string, value: unknown, money: boolean, ctx: ListContext): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const section = CATALOG_IDS[name];
  if (section && typeof value === 'string') return ctx.ruleSet.catalog[section][value]?.label[ctx.locale] ?? value;
  if (typeof value === 'boolean') return renderLine(ctx.templates, value ? 'yes' : 'no', ctx.locale, {});
  if (typeof value === 'number' && money) return formatMoney(value, ctx.kase.transaction?.currency ?? 'CNY', ctx);
  const text = String(value);
  return ctx.templates.values[name]?.[text]?.[ctx.locale] ?? text;
}

/**
 * A `case.` or `fact.` placeholder written for a document: dates local to the case's zone, amounts
 * in yuan, booleans and enum values by their labels; undefined when the case lacks it.
 *
 * @example
 * resolveDataValue('case.deposit.amount', ctx, facts); // '人民币2,000.00元'
 */
export function resolveDataValue(name: string, ctx: ListContext, facts: FactValues): string | undefined {
  if (name.startsWith('case.')) {
    const path = name.slice(5);
    const value = ctx.caseValue(path);
    const kind = caseFieldKinds(ctx.ruleSet.vocabulary).get(path);
    if (kind === 'timestamp' && typeof value === 'string') return formatTimestamp(value, ctx);
    return writeScalar(name, value, kind === 'amount', ctx);
  }
  if (name.startsWith('fact.')) {
    const fact = name.slice(5);
    return writeScalar(name, facts[fact], /amount|shortfall/i.test(fact), ctx);
  }
  return undefined;
}
