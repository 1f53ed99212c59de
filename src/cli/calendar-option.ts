import { readFile } from 'node:fs/promises';
import { validateCalendarFile, type CalendarFile } from '../calendar/calendar-file.js';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { InvalidCalendarError } from '../errors/invalid-calendar-error.js';
import type { Issue } from '../issues.js';
import { parseJson } from './io.js';

/** parseArgs option of the commands that count days. */
export const CALENDAR_OPTIONS = { calendar: { type: 'string', multiple: true } } as const;

export const CALENDAR_OPTIONS_HELP = [
  '  --calendar <file>    a published holiday schedule ("dispute-triage schema calendar"), merged',
  '                       over the bundled years: a year in the file replaces that year; repeatable',
].join('\n');

/** The calendar the options ask for; undefined means the bundled one. Issues name the file. */
export async function loadCalendarOption(values: { calendar?: string[] }): Promise<WorkingCalendar | undefined> {
  const paths = values.calendar ?? [];
  if (paths.length === 0) return undefined;
  const files: CalendarFile[] = [];
  const issues: Issue[] = [];
  for (const path of paths) {
    const checked = validateCalendarFile(parseJson(await readFile(path, 'utf8'), path));
    if (checked.ok) files.push(checked.file);
    else issues.push(...checked.issues.map((issue) => ({ ...issue, file: path })));
  }
  if (issues.length > 0) throw new InvalidCalendarError(issues);
  return createWorkingCalendar(files);
}
