import * as z from 'zod';
import { CalendarFileSchema } from '../calendar/calendar-file.js';
import type { JsonSchema } from './json-schemas.js';

/**
 * The JSON Schema (draft-07) of a calendar file, for editors and for checking a schedule before it
 * is dropped in; the checks across fields (dates inside `years`, make-up days on weekends) stay
 * with `validateCalendarFile`. The package ships it as `schema/calendar.schema.json`.
 *
 * @example
 * import { toCalendarJsonSchema } from 'pos-dispute-triage';
 * toCalendarJsonSchema().title; // 'pos-dispute-triage calendar file'
 */
export function toCalendarJsonSchema(): JsonSchema {
  const options = { target: 'draft-07', io: 'input', unrepresentable: 'any' } as const;
  const schema = z.toJSONSchema(CalendarFileSchema, options) as JsonSchema;
  const description =
    'A published holiday schedule, merged over the bundled years: ' + 'a year in the file replaces that year.';
  return { $schema: schema.$schema, title: 'pos-dispute-triage calendar file', description, ...schema };
}
