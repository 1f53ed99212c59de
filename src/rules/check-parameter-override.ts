import type { IssueDetail } from '../issues.js';
import type { Parameter } from './schema.js';

// Whole units: day and month counts are walked one by one, never in fractions.
const WHOLE_UNITS = new Set(['calendar_day', 'working_day', 'month']);
const MAX_BY_UNIT: Record<string, number> = { calendar_day: 3650, working_day: 3650, month: 1200, percent: 100 };

/**
 * What is wrong with an override value for a declared parameter, or `undefined` when it fits: a
 * finite number ≥ 0, whole for day and month counts, within the unit's range.
 *
 * @example
 * checkParameterOverride('customer_reply_days', { value: 2, unit: 'calendar_day', ...rest }, 2.5);
 * // { message: 'parameter "customer_reply_days" counts calendar_day: expected a whole number from 0 to 3650; '
 * //     + 'found 2.5', expected: 'a whole number from 0 to 3650', found: '2.5' }
 */
export function checkParameterOverride(
  name: string,
  parameter: Parameter,
  value: unknown,
): ({ message: string } & IssueDetail) | undefined {
  const unit = parameter.unit;
  const max = unit === undefined ? undefined : MAX_BY_UNIT[unit];
  const whole = unit !== undefined && WHOLE_UNITS.has(unit);
  const fits =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= 0 &&
    (!whole || Number.isInteger(value)) &&
    (max === undefined || value <= max);
  if (fits) return undefined;
  const expected = `${whole ? 'a whole number' : 'a number'} from 0${max === undefined ? '' : ` to ${max}`}`;
  const found = typeof value === 'number' ? String(value) : String(JSON.stringify(value));
  const what = `parameter ${JSON.stringify(name)}${unit ? ` counts ${unit}` : ''}`;
  const message = `${what}: expected ${expected}; found ${found}`;
  return { message, expected, found };
}
