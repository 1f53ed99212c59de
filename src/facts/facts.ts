// The type of the facts object, inferred from the one literal that lays the facts out (compose-facts.ts),
// so each fact has its own type (test/types/facts.test.ts holds its names equal to the fact catalog's).
import type { composeFacts } from './compose-facts.js';

/** Everything the rules may look at, computed once per case before any rule runs. */
export type Facts = ReturnType<typeof composeFacts>;

/** One fact's name. */
export type FactName = keyof Facts;

/**
 * The facts as evaluators and placeholders read them: any name, any value. `Facts` is one.
 *
 * @example
 * const read = (facts: FactValues, name: string) => facts[name];
 */
export type FactValues = Readonly<Record<string, unknown>>;
