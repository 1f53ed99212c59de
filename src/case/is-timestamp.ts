const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether y-m-d names a day; years before 100 never do (Date.UTC reads them as 19xx). */
function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0);
}

/**
 * True for `2026-11-03` and `2026-11-03T14:05:00+08:00` (or `Z`); false for local times without an offset.
 *
 * @example
 * isTimestamp('2026-11-03T14:05:00+08:00'); // true
 * isTimestamp('2026-11-03T14:05:00'); // false
 */
export function isTimestamp(value: string): boolean {
  // The schema asks twice per field (format, then year limits): answer the repeat from memory.
  if (value === lastTimestamp) return lastAnswer;
  lastTimestamp = value;
  lastAnswer = checkTimestamp(value);
  return lastAnswer;
}

let lastTimestamp: string | undefined;
let lastAnswer = false;

function checkTimestamp(value: string): boolean {
  const p = plainDate.exec(value);
  if (p) return isRealDate(+p[1]!, +p[2]!, +p[3]!);
  const t = dateTime.exec(value);
  if (!t) return false;
  if (!isRealDate(+t[1]!, +t[2]!, +t[3]!)) return false;
  if (+t[4]! > 23 || +t[5]! > 59 || (t[6] !== undefined && +t[6] > 59)) return false;
  return t[7] === 'Z' || (+t[8]! <= 18 && +t[9]! <= 59);
}
