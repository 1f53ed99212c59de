import type { DayUnit } from '../rules/schema.js';
import { addMonthsToDay, type DayNumber } from './local-date.js';
import { addWorkingDays, type WorkingCalendar } from './working-calendar.js';

/** `day` moved by `amount` units; `outsideCalendar` when working days ran past the calendar's data. */
export function addDuration(calendar: WorkingCalendar, day: DayNumber, amount: number, unit: DayUnit): { day: DayNumber; outsideCalendar: boolean } {
  if (unit === 'working_day') return addWorkingDays(calendar, day, amount);
  if (unit === 'month') return { day: addMonthsToDay(day, amount), outsideCalendar: false };
  return { day: day + amount, outsideCalendar: false };
}
