import * as z from 'zod';
import type { IssueCode } from '../issue-codes.js';
import type { Issue } from '../issues.js';
import { fromZodIssues } from '../zod-issues.js';
import { dayNumberOf, isoDateOf, weekdayOf } from './local-date.js';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => !DATE_PATTERN.test(s) || isoDateOf(dayNumberOf(s)) === s;
const isoDate = z
  .string()
  .regex(DATE_PATTERN, 'expected a date YYYY-MM-DD')
  .refine(isRealDate, { message: 'expected a real calendar date', params: { code: 'invalid_date' } });

type Context = z.core.$RefinementCtx<{ years: number[]; holidays: string[]; workdays: string[] }>;

function report(ctx: Context, path: PropertyKey[], input: unknown, code: IssueCode, message: string): void {
  ctx.addIssue({ code: 'custom', path, input, params: { code }, message });
}

/** Checks across fields: each year once, every date in one of `years`, make-up days on weekends only. */
function checkDates(file: { years: number[]; holidays: string[]; workdays: string[] }, ctx: Context): void {
  const years = new Set(file.years);
  if (years.size !== file.years.length) {
    report(ctx, ['years'], file.years, 'duplicate_year', 'expected each year once; found a year twice');
  }
  const listed = `one of the years ${file.years.join(', ')}`;
  for (const field of ['holidays', 'workdays'] as const) {
    file[field].forEach((date, i) => {
      if (years.has(Number(date.slice(0, 4)))) return;
      report(ctx, [field, i], date, 'date_outside_years', `expected a date in ${listed}; found ${date}`);
    });
  }
  const holidays = new Set(file.holidays);
  file.workdays.forEach((date, i) => {
    const weekday = weekdayOf(dayNumberOf(date));
    if (weekday !== 0 && weekday !== 6) {
      const message = `expected a Saturday or Sunday (a make-up working day); found ${date}, a weekday`;
      report(ctx, ['workdays', i], date, 'workday_not_weekend', message);
    }
    if (holidays.has(date)) {
      const message = `expected a day that is not also in holidays; found ${date} in both`;
      report(ctx, ['workdays', i], date, 'workday_is_holiday', message);
    }
  });
}

/**
 * A year's official holiday schedule as the State Council publishes it (the README's calendar
 * section): dropped in with `--calendar FILE` or `createWorkingCalendar(file)`, merged over the
 * bundled years; a year in the file replaces that year of the bundled data.
 *
 * @example
 * CalendarFileSchema.parse({
 *   kind: 'calendar', name: 'cn-mainland', years: [2027], holidays: ['2027-01-01'], workdays: [],
 *   source: 'https://www.gov.cn/', published: '2026-11-05',
 * });
 */
export const CalendarFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Optional JSON Schema reference for editors.'),
    kind: z.literal('calendar').describe('Always "calendar": tells this file from rule files.'),
    name: z.string().min(1).describe('The calendar this schedule belongs to, e.g. "cn-mainland".'),
    years: z
      .array(z.number().int().min(1900).max(2200))
      .min(1)
      .describe('The years this file covers in full; each replaces that year of the bundled data.'),
    holidays: z.array(isoDate).describe('Days off (ISO dates), weekend days inside a holiday block included.'),
    workdays: z.array(isoDate).describe('Make-up working days (调休) that fall on a Saturday or Sunday (ISO dates).'),
    source: z.string().url().describe('Where the schedule was published (the notice URL).'),
    published: isoDate.describe('The date the schedule was published.'),
  })
  .superRefine(checkDates);

/** A calendar file (see {@link CalendarFileSchema}). @example const file: CalendarFile = JSON.parse(text); */
export type CalendarFile = z.infer<typeof CalendarFileSchema>;

/**
 * Validates a parsed calendar file; issues name the JSON path, what was expected and what was found.
 *
 * @example
 * const checked = validateCalendarFile(JSON.parse(text));
 * if (!checked.ok) console.error(checked.issues);
 */
export function validateCalendarFile(
  value: unknown,
): { ok: true; file: CalendarFile } | { ok: false; issues: Issue[] } {
  const parsed = CalendarFileSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, issues: fromZodIssues(parsed.error.issues) };
}
