import { describe, expect, it } from 'vitest';
import { mergeCalendarUse, NO_CALENDAR_USE } from '../../src/assemble/calendar-use.js';

describe('mergeCalendarUse', () => {
  it('is outside the calendar when any count was, with every provisional year once, in order', () => {
    const merged = mergeCalendarUse([
      { outsideCalendar: false, provisionalYears: [2028, 2027] },
      NO_CALENDAR_USE,
      { outsideCalendar: true, provisionalYears: [2027] },
    ]);
    expect(merged).toEqual({ outsideCalendar: true, provisionalYears: [2027, 2028] });
  });

  it('is no use at all for steps that counted nothing', () => {
    expect(mergeCalendarUse([NO_CALENDAR_USE, NO_CALENDAR_USE])).toEqual(NO_CALENDAR_USE);
    expect(mergeCalendarUse([])).toEqual(NO_CALENDAR_USE);
  });
});
