import type { FactValues } from '../facts/facts.js';

/** Which conditions held for one case: rules (by index), gates and actions already done (by id). */
export interface Evaluation {
  fired: ReadonlySet<number>;
  gates: Readonly<Record<string, boolean>>;
  done: Readonly<Record<string, boolean>>;
}

/** Evaluates every condition of a rule set against one case's facts. */
export interface Evaluator {
  evaluate(facts: FactValues): Promise<Evaluation>;
  /** The same answer without a promise, for evaluators that need none. */
  evaluateSync?(facts: FactValues): Evaluation;
}
