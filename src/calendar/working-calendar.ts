// The working-day calendar, one idea a file: the types, the factory, the bundled Chinese calendar
// and the day arithmetic. Import from here (or from the file of the one thing you need).
export type { CreateWorkingCalendarOptions, WorkingCalendar } from './working-calendar-types.js';
export { createWorkingCalendar } from './create-working-calendar.js';
export { chineseWorkingCalendar } from './chinese-working-calendar.js';
export { addWorkingDays } from './add-working-days.js';
export { countWorkingDays } from './count-working-days.js';
export type { WorkingDayResult } from './working-day-result.js';
