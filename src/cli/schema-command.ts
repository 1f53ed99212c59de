import { parseArgs } from 'node:util';
import { toCalendarJsonSchema } from '../schema/calendar-json-schema.js';
import { toCaseJsonSchema, toResultJsonSchema, toRuleFileJsonSchema } from '../schema/json-schemas.js';
import { defaultRules } from '../triage.js';
import { EXIT, UsageError, writeOut } from './io.js';
import { RULE_OPTIONS, RULE_OPTIONS_HELP, loadRulesOption } from './rule-options.js';

export const SCHEMA_HELP = `Usage: dispute-triage schema <case | result | rules | calendar> [options]

Prints a JSON Schema (draft-07) to standard output:
  case    a case, with the rule set's scenario, cause, stage, evidence and channel ids as enums
  result  a result, as triage --json prints it; shipped as schema/result.schema.json
  rules   a rule file (pack or catalog); the package ships it as schema/rule-file.schema.json
  calendar  a calendar file (a published holiday schedule); shipped as schema/calendar.schema.json

Options:
${RULE_OPTIONS_HELP}
                       (for "case": the ids of that rule set)
  -h, --help           show this help
`;

export async function runSchemaCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...RULE_OPTIONS, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await writeOut(SCHEMA_HELP);
    return EXIT.ok;
  }
  const [which, ...extra] = positionals;
  if (extra.length > 0 || (which !== 'case' && which !== 'rules' && which !== 'result' && which !== 'calendar'))
    throw new UsageError('schema needs one of: case, result, rules, calendar');
  if (which === 'calendar') return writeOut(`${JSON.stringify(toCalendarJsonSchema(), null, 2)}\n`).then(() => EXIT.ok);
  if (which === 'result') return writeOut(`${JSON.stringify(toResultJsonSchema(), null, 2)}\n`).then(() => EXIT.ok);
  const rules = which === 'rules' ? undefined : ((await loadRulesOption(values)) ?? defaultRules());
  const schema = rules ? toCaseJsonSchema(rules.vocabulary, { catalog: rules.catalog }) : toRuleFileJsonSchema();
  await writeOut(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
