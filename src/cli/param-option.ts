import { UsageError } from './io.js';

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * `--param name=value` options as parameter overrides. A value that is not a number is passed on as
 * the text it is, so `compileRuleSet` rejects it naming the parameter and what was found.
 *
 * @example
 * parseParamOptions(['retrieval_response_working_days=7']); // { retrieval_response_working_days: 7 }
 */
export function parseParamOptions(options: readonly string[]): Record<string, number> {
  const parameters: Record<string, number> = {};
  for (const option of options) {
    const equals = option.indexOf('=');
    if (equals <= 0) throw new UsageError(`--param: expected name=value; found ${JSON.stringify(option)}`);
    const name = option.slice(0, equals);
    const text = option.slice(equals + 1).trim();
    if (Object.hasOwn(parameters, name)) throw new UsageError(`--param: ${name} is given twice`);
    parameters[name] = (NUMBER.test(text) ? Number(text) : text) as number;
  }
  return parameters;
}
