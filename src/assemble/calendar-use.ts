/** What the day counts of one case used of the calendar. */
export interface CalendarUse {
  /** True when a count ran past the calendar's data (weekdays were counted there). */
  readonly outsideCalendar: boolean;
  /** The provisional years a count went through. */
  readonly provisionalYears: readonly number[];
}

/** A step that counted no days. */
export const NO_CALENDAR_USE: CalendarUse = { outsideCalendar: false, provisionalYears: [] };

/**
 * The calendar use of several steps as one: outside when any count was, every provisional year
 * once, in order.
 *
 * @example
 * mergeCalendarUse([{ outsideCalendar: false, provisionalYears: [2027] }, NO_CALENDAR_USE]);
 * // { outsideCalendar: false, provisionalYears: [2027] }
 */
export function mergeCalendarUse(uses: Iterable<CalendarUse>): CalendarUse {
  let outsideCalendar = false;
  let years: Set<number> | undefined;
  for (const use of uses) {
    outsideCalendar ||= use.outsideCalendar;
    if (use.provisionalYears.length === 0) continue;
    years ??= new Set();
    for (const year of use.provisionalYears) years.add(year);
  }
  return { outsideCalendar, provisionalYears: years ? [...years].sort((a, b) => a - b) : [] };
}
