import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CaseLimits } from '../case/limits.js';
import type { Locale } from '../text.js';

/**
 * What the pipeline's steps take from the triage options: the clock, calendar, defaults for the
 * case's zone and locale, size limits and the evaluator.
 *
 * @example
 * const options: PipelineOptions = { locale: 'en', clock: () => new Date() };
 */
export interface PipelineOptions {
  /** Supplies "now" for cases without `asOf`. Default: none, so such cases are rejected. */
  clock?: () => Date | number;
  /** Working-day calendar. Default: mainland China with make-up working days. */
  calendar?: WorkingCalendar;
  /** Zone for cases that name none. Default: Asia/Shanghai. */
  timeZone?: string;
  /** Locale for cases that name none. Default: zh-CN. */
  locale?: Locale;
  /** Size limits for cases. */
  limits?: Partial<CaseLimits>;
  /**
   * How conditions are evaluated. `'compiled'` (default): plain functions compiled from the
   * json-rules-engine conditions, proven equal to the engine by the test suite; `'json-rules-engine'`:
   * the engine itself, about 100 times slower.
   */
  evaluator?: 'compiled' | 'json-rules-engine';
}
