import { expectedFound, type Issue } from '../issues.js';
import { checkParameterOverride } from './check-parameter-override.js';
import type { Parameter } from './schema.js';

/**
 * The value of every declared parameter, with the options' overrides applied; an override of an
 * unknown name, or out of its unit's range, is a problem at `/parameters/<name>` of `(options)`.
 * An invalid override is kept, so the day-count checks also name where it is used.
 *
 * @example
 * resolveParameterValues(parameters, { retrieval_response_working_days: 7 });
 * // { values: { retrieval_response_working_days: 7, … }, issues: [] }
 */
export function resolveParameterValues(
  parameters: Readonly<Record<string, Parameter>>,
  overrides: Readonly<Record<string, number>> = {},
): { values: Record<string, number>; issues: Issue[] } {
  const values: Record<string, number> = {};
  const issues: Issue[] = [];
  for (const [name, parameter] of Object.entries(parameters)) values[name] = parameter.value;
  for (const [name, value] of Object.entries(overrides)) {
    const path = `/parameters/${name}`;
    if (!Object.hasOwn(parameters, name)) {
      const declared = Object.keys(parameters).join(', ') || 'none';
      const [message, detail] = expectedFound(`a parameter declared by a pack (${declared})`, JSON.stringify(name));
      issues.push({ code: 'unknown_parameter', file: '(options)', path, message, ...detail });
      continue;
    }
    const problem = checkParameterOverride(name, parameters[name]!, value);
    if (problem) issues.push({ code: 'invalid_parameter', file: '(options)', path, ...problem });
    values[name] = value;
  }
  return { values, issues };
}
