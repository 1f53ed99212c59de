import { deriveFacts, type DerivedFacts } from '../facts/derive-facts.js';
import { findPrematureContacts } from '../facts/find-premature-contacts.js';
import type { Pipeline } from './create-pipeline.js';
import { evaluateFacts } from './evaluate-facts.js';
import type { PreparedCase } from './resolve-as-of.js';

/**
 * Step 3: the facts and dates the rules and the assembly look at. A rung tried too early (before
 * its gate opened, or sent back) counts as not tried, so then the facts are derived a second time.
 *
 * @example
 * const { facts, dates } = await deriveCaseFacts(pipeline, prepared);
 */
export async function deriveCaseFacts(pipeline: Pipeline, prepared: PreparedCase): Promise<DerivedFacts> {
  const { ruleSet, calendar } = pipeline;
  const { kase, asOf, timeZone } = prepared;
  const context = { asOf, timeZone, calendar, parameters: ruleSet.parameterValues };
  const derived = deriveFacts(kase, ruleSet, context);
  const evaluate = (facts: DerivedFacts['facts']) => evaluateFacts(pipeline, facts);
  const premature = await findPrematureContacts(kase, ruleSet, timeZone, derived.facts, evaluate);
  // Rare: a rung tried too early counts as not tried, so the facts are derived again with it.
  return premature.size > 0 ? deriveFacts(kase, ruleSet, { ...context, premature }) : derived;
}
