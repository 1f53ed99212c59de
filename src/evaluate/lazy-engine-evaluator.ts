import type { RuleSet } from '../rules/rule-set.js';
import type { Evaluator } from './evaluation.js';

/**
 * `createEngineEvaluator`, loaded on first use: json-rules-engine stays out of the start-up of
 * everything that does not ask for it (the command line, the default path).
 */
export function createLazyEngineEvaluator(ruleSet: RuleSet): Evaluator {
  let loading: Promise<Evaluator> | undefined;
  return {
    async evaluate(facts) {
      loading ??= import('./engine-evaluator.js').then((module) => module.createEngineEvaluator(ruleSet));
      return (await loading).evaluate(facts);
    },
  };
}
