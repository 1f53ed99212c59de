/** Rules only read facts: every case of a rule set can share one frozen copy of its parameters. */
const sharedParameters = new WeakMap<object, Readonly<Record<string, number>>>();

/**
 * The `params` fact: a frozen copy of the parameter values, one per parameters object.
 *
 * @example
 * parametersFact(ruleSet.parameterValues).retrieval_response_working_days; // 7
 */
export function parametersFact(parameters: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  let shared = sharedParameters.get(parameters);
  if (!shared) {
    shared = Object.freeze({ ...parameters });
    sharedParameters.set(parameters, shared);
  }
  return shared;
}
