/**
 * A regular expression (as JSON Schema `pattern` text) for the whole numbers `min`..`max`, written
 * with `width` digits each (zero-padded).
 *
 * @example
 * new RegExp(`^(?:${numberRangePattern(1970, 2100, 4)})$`).test('2026'); // true
 */
export function numberRangePattern(min: number, max: number, width: number): string {
  return rangeOf(String(min).padStart(width, '0'), String(max).padStart(width, '0'));
}

function rangeOf(lo: string, hi: string): string {
  if (lo.length === 0) return '';
  if (/^0*$/.test(lo) && /^9*$/.test(hi)) return digits(lo.length);
  const [a, b] = [+lo[0]!, +hi[0]!];
  const rest = lo.length - 1;
  if (a === b) return `${a}${group(rangeOf(lo.slice(1), hi.slice(1)))}`;
  const parts = [`${a}${group(rangeOf(lo.slice(1), '9'.repeat(rest)))}`];
  if (b - a > 1) parts.push(`${b - a === 2 ? a + 1 : `[${a + 1}-${b - 1}]`}${digits(rest)}`);
  parts.push(`${b}${group(rangeOf('0'.repeat(rest), hi.slice(1)))}`);
  return parts.join('|');
}

const digits = (n: number) => (n === 0 ? '' : n === 1 ? '\\d' : `\\d{${n}}`);
const group = (pattern: string) => (pattern.includes('|') ? `(?:${pattern})` : pattern);

const DAY_31 = '(?:0[1-9]|[12]\\d|3[01])';
const DAY_30 = '(?:0[1-9]|[12]\\d|30)';
const DAY_28 = '(?:0[1-9]|1\\d|2[0-8])';
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const MONTH_DAY = `(?:(?:0[13578]|1[02])-${DAY_31}|(?:0[469]|11)-${DAY_30}|02-${DAY_28})`;
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:0\\d|1[0-8]):[0-5]\\d)';

/**
 * The JSON Schema `pattern` of a case timestamp: a plain date or a date-time with an offset, whose
 * date exists (no 2026-02-30; 29 February only in leap years) and whose year lies in `minYear`..`maxYear`.
 *
 * @example
 * const pattern = new RegExp(timestampPattern(1970, 2100), 'u');
 * pattern.test('2028-02-29T09:00:00+08:00'); // true
 * pattern.test('2026-02-29'); // false
 */
export function timestampPattern(minYear: number, maxYear: number): string {
  const years = numberRangePattern(Math.max(minYear, 100), maxYear, 4);
  return `^(?=(?:${years})-)(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)(?:T${TIME})?$`;
}

/**
 * The JSON Schema `pattern` of an instant in a result (`asOf`, `dueAt`): a date that exists, a time
 * to the second and an offset, as the library writes them.
 *
 * @example
 * new RegExp(instantPattern()).test('2026-11-10T23:59:59+08:00'); // true
 */
export function instantPattern(): string {
  const time = 'T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:Z|[+-](?:0\\d|1[0-8]):[0-5]\\d)';
  return `^(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)${time}$`;
}
