import { InvalidCalendarError } from '../errors/invalid-calendar-error.js';
import type { Issue } from '../issues.js';
import { validateCalendarFile, type CalendarFile } from './calendar-file.js';
import { dayNumberOf, weekdayOf, yearOf, type DayNumber } from './local-date.js';
import type { WorkingCalendar } from './working-calendar-types.js';

/**
 * Calendar files merged over `base`: a year in a file replaces that year of `base`.
 *
 * @example
 * const cal = mergeCalendarFiles(chineseWorkingCalendar(), [file2027]);
 */
export function mergeCalendarFiles(base: WorkingCalendar, files: readonly unknown[]): WorkingCalendar {
  const byYear = new Map<number, { holidays: Set<DayNumber>; workdays: Set<DayNumber> }>();
  const issues: Issue[] = [];
  for (let i = 0; i < files.length; i += 1) {
    const checked = validateCalendarFile(files[i]);
    if (!checked.ok) {
      const prefix = files.length > 1 ? `/${i}` : '';
      issues.push(...checked.issues.map((issue) => ({ ...issue, path: prefix + issue.path })));
      continue;
    }
    const { years, holidays, workdays } = checked.file;
    for (const year of years) {
      const inYear = (dates: readonly string[]) =>
        new Set(dates.filter((d) => Number(d.slice(0, 4)) === year).map(dayNumberOf));
      byYear.set(year, { holidays: inYear(holidays), workdays: inYear(workdays) });
    }
  }
  if (issues.length > 0) throw new InvalidCalendarError(issues);
  const years = [...byYear.keys()];
  const names = files.map((f) => (f as CalendarFile).name);
  return {
    name: [base.name, ...new Set(names)].join(' + '),
    firstYear: Math.min(base.firstYear, ...years),
    lastYear: Math.max(base.lastYear, ...years),
    ...(base.provisional ? { provisional: base.provisional } : {}),
    isWorkingDay(day) {
      const year = byYear.get(yearOf(day));
      if (!year) return base.isWorkingDay(day);
      if (year.workdays.has(day)) return true;
      if (year.holidays.has(day)) return false;
      const weekday = weekdayOf(day);
      return weekday !== 0 && weekday !== 6;
    },
  };
}
