import { chineseWorkingCalendar } from '../../src/calendar/working-calendar.js';
import { instantOf } from '../../src/calendar/zoned-time.js';
import { DEFAULT_CASE_LIMITS } from '../../src/case/limits.js';
import { createCaseSchema } from '../../src/case/schema.js';
import { validateCase } from '../../src/case/validate-case.js';
import { deriveFacts, type Facts } from '../../src/facts/derive-facts.js';
import type { RuleSet } from '../../src/rules/rule-set.js';

/** The facts `createTriage` derives for a case (which must set `asOf`), or undefined for an invalid case. */
export function createFactDeriver(ruleSet: RuleSet): (input: unknown) => Facts | undefined {
  const schema = createCaseSchema(ruleSet.vocabulary, DEFAULT_CASE_LIMITS);
  const calendar = chineseWorkingCalendar();
  return (input) => {
    const validated = validateCase(schema, input);
    if (!validated.ok || validated.value.asOf === undefined) return undefined;
    const kase = validated.value;
    const timeZone = kase.timeZone ?? 'Asia/Shanghai';
    const asOf = instantOf(kase.asOf!, timeZone);
    return deriveFacts(kase, ruleSet, { asOf, timeZone, calendar, parameters: ruleSet.parameterValues }).facts;
  };
}
