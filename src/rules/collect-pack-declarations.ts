import type { Issue } from '../issues.js';
import { issueAt } from './check-conditions.js';
import type { Condition } from './condition-schema.js';
import type { PackFile } from './parse-rule-files.js';
import type { Parameter } from './schema.js';

/** Where a named condition is declared: its file and the path to it there. */
export interface ConditionOrigin {
  file: string;
  path: PropertyKey[];
}

/** The parameters and named conditions of all packs, each declared once. */
export interface PackDeclarations {
  parameters: Record<string, Parameter>;
  namedConditions: Record<string, Condition>;
  conditionOrigin: Record<string, ConditionOrigin>;
  issues: Issue[];
}

/**
 * Gathers the parameters and named conditions every pack declares; a name declared twice is a
 * problem (the later declaration wins, so later checks still see one).
 *
 * @example
 * const { parameters, namedConditions } = collectPackDeclarations([{ file: 'chargeback.json', pack }]);
 */
export function collectPackDeclarations(packs: readonly PackFile[]): PackDeclarations {
  const declared: PackDeclarations = { parameters: {}, namedConditions: {}, conditionOrigin: {}, issues: [] };
  const { parameters, namedConditions, conditionOrigin, issues } = declared;
  for (const { file, pack } of packs) {
    for (const [name, parameter] of Object.entries(pack.parameters ?? {})) {
      if (Object.hasOwn(parameters, name)) {
        const message = `parameter ${JSON.stringify(name)} is declared twice`;
        issues.push(issueAt(file, undefined, 'duplicate_parameter', ['parameters', name], message));
      }
      parameters[name] = parameter;
    }
    for (const [name, condition] of Object.entries(pack.conditions ?? {})) {
      if (Object.hasOwn(namedConditions, name)) {
        const message = `named condition ${JSON.stringify(name)} is declared twice`;
        issues.push(issueAt(file, undefined, 'duplicate_condition', ['conditions', name], message));
      }
      namedConditions[name] = condition;
      conditionOrigin[name] = { file, path: ['conditions', name] };
    }
  }
  return declared;
}
