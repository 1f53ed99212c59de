import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createTriage,
  createWorkingCalendar,
  InvalidCalendarError,
  toCalendarJsonSchema,
  validateCalendarFile,
  type CalendarFile,
} from '../../src/index.js';
import { dayNumberOf } from '../../src/calendar/local-date.js';
import { ROOT } from '../support/fixtures.js';

const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const file2027: CalendarFile = readJson('fixtures/calendar/cn-2027-example.json');
const kase = readJson('fixtures/chargeback/retrieval-noticed-2026-12-28-provisional.case.json');

function issuesOf(value: unknown) {
  const checked = validateCalendarFile(value);
  if (checked.ok) throw new Error('expected the file to be rejected');
  return checked.issues;
}

describe('calendar files', () => {
  it('accept the documented format', () => {
    expect(validateCalendarFile(file2027).ok).toBe(true);
  });

  it('reject a bad file naming the path, what was expected and what was found', () => {
    const bad = { ...file2027, holidays: ['2027-02-30', '2028-01-01'], workdays: ['2027-02-22'], extra: 1 };
    const issues = issuesOf(bad);
    const at = (path: string) => issues.find((issue) => issue.path === path)?.message;
    expect(at('/extra')).toMatch(/unknown key "extra"/);
    expect(at('/holidays/0')).toMatch(/expected a real calendar date.*found the string "2027-02-30"/);
    expect(at('/holidays/1')).toMatch(/expected a date in one of the years 2027; found 2028-01-01/);
    expect(at('/workdays/0')).toMatch(/expected a Saturday or Sunday.*found 2027-02-22, a weekday/);
    expect(issuesOf({ ...file2027, kind: 'rules' })[0]).toMatchObject({ path: '/kind' });
    expect(issuesOf({ ...file2027, years: [] })[0]!.message).toMatch(/expected at least 1 items, found an array/);
  });

  it('merge over the bundled years: a year in the file replaces that year, the others stay', () => {
    const calendar = createWorkingCalendar(file2027);
    expect(calendar.isWorkingDay(dayNumberOf('2027-02-20'))).toBe(true); // a make-up Saturday of the file
    expect(calendar.isWorkingDay(dayNumberOf('2027-02-10'))).toBe(false);
    expect(calendar.isWorkingDay(dayNumberOf('2026-10-10'))).toBe(true); // bundled 2026
    expect(calendar.isWorkingDay(dayNumberOf('2028-01-03'))).toBeUndefined(); // 2028 stays provisional
    expect(calendar.provisional?.statusOf(dayNumberOf('2028-01-03'))).toBe('maybe_off');
    const replaced = createWorkingCalendar({ ...file2027, years: [2026], holidays: [], workdays: [] });
    expect(replaced.isWorkingDay(dayNumberOf('2026-10-01'))).toBe(true);
  });

  it('throw an InvalidCalendarError with the issues for a bad file, and use nothing of it', () => {
    let caught: unknown;
    try {
      createWorkingCalendar([file2027, { ...file2027, published: 'soon' }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidCalendarError);
    expect((caught as InvalidCalendarError).code).toBe('invalid_calendar');
    expect((caught as InvalidCalendarError).issues[0]).toMatchObject({ path: '/1/published' });
  });

  it('have a committed JSON Schema equal to the generated one', () => {
    expect(readJson('schema/calendar.schema.json')).toEqual(toCalendarJsonSchema());
  });
});

describe('done when: a notice on 2026-12-28 with a 5-working-day window (library)', () => {
  it('is due 2027-01-05 or earlier, marked provisional, with one warning naming 2027', async () => {
    const result = await createTriage().triage(kase);
    const deadline = result.deadlines.find((d) => d.id === 'acquirer_response')!;
    expect(deadline.calendar).toBe('provisional');
    expect(deadline.dueAt <= '2027-01-05T23:59:59+08:00').toBe(true);
    const warnings = result.warnings.filter((w) => w.code === 'calendar_provisional');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('2027');
    for (const d of result.deadlines) expect(['official', 'provisional', 'weekdays']).toContain(d.calendar);
  });

  it('with a calendar file for 2027 uses it and says official', async () => {
    const result = await createTriage({ calendar: createWorkingCalendar(file2027) }).triage(kase);
    const deadline = result.deadlines.find((d) => d.id === 'acquirer_response')!;
    expect({ dueAt: deadline.dueAt, calendar: deadline.calendar }).toEqual({
      dueAt: '2027-01-05T23:59:59+08:00',
      calendar: 'official',
    });
    expect(result.warnings.map((w) => w.code)).not.toContain('calendar_provisional');
  });

  it('past the provisional table counts Monday–Friday, says weekdays and names the years it has', async () => {
    const late = {
      ...kase,
      asOf: '2036-03-03T10:00:00+08:00',
      dispute: { ...kase.dispute, noticeAt: '2036-03-03T09:30:00+08:00' },
    };
    const result = await createTriage().triage(late);
    expect(result.deadlines.find((d) => d.id === 'acquirer_response')!.calendar).toBe('weekdays');
    expect(result.warnings.find((w) => w.code === 'calendar_out_of_range')!.message).toContain('2004–2035');
  });

  it('counts the other side’s window late in a provisional year (settlement on T+1 after 2026-12-31)', async () => {
    const result = await createTriage().triage(
      readJson('fixtures/funds_not_settled/settlement_timing-year-end-2027.case.json'),
    );
    const expected = result.deadlines.find((d) => d.id === 'settlement_expected')!;
    // 2027-01-01 is 元旦 and the weekend after it may hold make-up days: the money is not called late before Monday.
    expect({ dueAt: expected.dueAt, calendar: expected.calendar }).toEqual({
      dueAt: '2027-01-04T23:59:59+08:00',
      calendar: 'provisional',
    });
  });
});
