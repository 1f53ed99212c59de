import { describe, expect, it } from 'vitest';
import { addWorkingDays, chineseWorkingCalendar, countWorkingDays } from '../../src/calendar/working-calendar.js';
import { dayNumberOf, isoDateOf } from '../../src/calendar/local-date.js';

const cal = chineseWorkingCalendar();
const add = (date: string, n: number) => {
  const r = addWorkingDays(cal, dayNumberOf(date), n);
  return { date: isoDateOf(r.day), outside: r.outsideCalendar };
};

describe('Chinese working calendar', () => {
  it('counts a make-up Saturday as a working day', () => {
    expect(cal.isWorkingDay(dayNumberOf('2026-10-10'))).toBe(true);
    expect(cal.isWorkingDay(dayNumberOf('2026-10-03'))).toBe(false);
  });

  it('skips the National Day holiday week', () => {
    expect(add('2026-09-30', 1)).toEqual({ date: '2026-10-08', outside: false });
  });

  it('skips the Spring Festival block', () => {
    expect(add('2026-02-13', 1).date).toBe('2026-02-14');
    expect(add('2026-02-14', 1).date).toBe('2026-02-24');
  });

  it('with zero days moves a holiday to the next working day and keeps a working day', () => {
    expect(add('2026-10-01', 0).date).toBe('2026-10-08');
    expect(add('2026-11-24', 0).date).toBe('2026-11-24');
  });

  it('falls back to Monday–Friday past its official and provisional data and says so', () => {
    const last = cal.provisional!.lastYear;
    expect(last).toBeGreaterThanOrEqual(2035);
    const beyond = `${last + 1}-03-08`; // 2036-03-08 is a Saturday: the next Monday–Friday day is the 10th.
    const result = addWorkingDays(cal, dayNumberOf(beyond), 1);
    expect(result).toMatchObject({ outsideCalendar: true, calendar: 'weekdays' });
    expect(isoDateOf(result.day)).toBe(`${last + 1}-03-10`);
  });

  it('after the official years counts the statutory days of the provisional table, per clock side', () => {
    // 2027-01-01 (Fri) is 元旦; the weekend after it may hold make-up days (the merchant's clock counts
    // them), a Friday holiday needs no bridge weekday (the other party's clock is the plain count).
    const merchant = addWorkingDays(cal, dayNumberOf('2026-12-28'), 5, 'merchant');
    expect({ date: isoDateOf(merchant.day), calendar: merchant.calendar, years: merchant.provisionalYears }).toEqual({
      date: '2027-01-03',
      calendar: 'provisional',
      years: [2027],
    });
    const counterparty = addWorkingDays(cal, dayNumberOf('2026-12-28'), 5, 'counterparty');
    expect(isoDateOf(counterparty.day)).toBe('2027-01-05');
  });

  it('counts working days between two dates, negative backwards', () => {
    // 8, 9, 10 (make-up Saturday) and 12 October 2026.
    expect(countWorkingDays(cal, dayNumberOf('2026-09-30'), dayNumberOf('2026-10-12')).count).toBe(4);
    expect(countWorkingDays(cal, dayNumberOf('2026-10-12'), dayNumberOf('2026-09-30')).count).toBe(-4);
  });
});
