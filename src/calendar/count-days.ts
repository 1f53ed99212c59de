import type { DayUnit } from '../rules/schema.js';
import type { ClockSide } from './clock-side.js';
import { addMonthsToDay, type DayNumber } from './local-date.js';
import { addWorkingDays } from './add-working-days.js';
import type { WorkingDayResult } from './working-day-result.js';
import type { WorkingCalendar } from './working-calendar-types.js';

/**
 * `day` moved by `amount` units for a clock of `side`; working days say which calendar they used.
 * Calendar days and months use no holiday data: `official`.
 */
export function addDuration(
  calendar: WorkingCalendar,
  day: DayNumber,
  amount: number,
  unit: DayUnit,
  side: ClockSide,
): WorkingDayResult {
  if (unit === 'working_day') return addWorkingDays(calendar, day, amount, side);
  const moved = unit === 'month' ? addMonthsToDay(day, amount) : day + amount;
  return { day: moved, outsideCalendar: false, calendar: 'official', provisionalYears: [] };
}
