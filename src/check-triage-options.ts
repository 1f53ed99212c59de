import { DEFAULT_CASE_LIMITS } from './case/limits.js';
import { TriageError } from './errors/triage-error.js';
import { expectedFound, type Issue, type IssueDetail } from './issues.js';
import { LOCALES } from './text.js';

// createTriage's options, checked when the triage object is built: a wrong zone, locale, calendar
// or evaluator name would otherwise surface on every later call (or, for the evaluator, silently
// pick the default). Only shapes are checked here; compileRuleSet checks what rules and
// parameters say.

const EVALUATORS = ['compiled', 'json-rules-engine'] as const;

type Report = (key: string, message: string, detail?: IssueDetail) => void;

/** How a wrong option value is named in a message: its JSON, or its type when it has none. */
const shown = (value: unknown): string => JSON.stringify(value) ?? typeof value;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** True for a zone name the platform's Intl knows (IANA names such as "Asia/Shanghai", or "UTC"). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function checkCalendar(calendar: unknown, report: Report): void {
  if (!isRecord(calendar) || typeof calendar.isWorkingDay !== 'function') {
    report('calendar', 'expected a working calendar: an object with isWorkingDay(day), name, firstYear and lastYear');
    return;
  }
  if (typeof calendar.name !== 'string') report('calendar', 'expected the calendar to have a string name');
  const { firstYear, lastYear } = calendar;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || (firstYear as number) > (lastYear as number)) {
    const found = `${String(firstYear)} and ${String(lastYear)}`;
    report('calendar', ...expectedFound('whole years with firstYear ≤ lastYear', found));
  }
}

// Only the shape: names and ranges are checked against the packs' declarations when the rules compile.
function checkParameters(parameters: unknown, report: Report): void {
  if (!isRecord(parameters)) {
    report('parameters', 'expected an object of parameter names and numbers');
    return;
  }
  for (const [name, value] of Object.entries(parameters)) {
    if (typeof value !== 'number') report(`parameters/${name}`, ...expectedFound('a number', shown(value)));
  }
}

function checkLimits(limits: unknown, report: Report): void {
  if (!isRecord(limits)) {
    report('limits', 'expected an object of case limits');
    return;
  }
  for (const [name, value] of Object.entries(limits)) {
    // Only the limits known here: other limits may be added without this file knowing them.
    if (Object.hasOwn(DEFAULT_CASE_LIMITS, name) && (!Number.isSafeInteger(value) || (value as number) < 0)) {
      report(`limits/${name}`, ...expectedFound('a whole number ≥ 0', shown(value)));
    }
  }
}

function checkValues(o: Record<string, unknown>, report: Report): void {
  if (
    o.rules !== undefined &&
    !Array.isArray(o.rules) &&
    !(isRecord(o.rules) && Array.isArray(o.rules.rules) && isRecord(o.rules.catalog))
  ) {
    report('rules', 'expected a compiled rule set or an array of rule files { file, content }');
  }
  if (o.parameters !== undefined) checkParameters(o.parameters, report);
  if (o.clock !== undefined && typeof o.clock !== 'function')
    report('clock', 'expected a function returning a Date or epoch milliseconds');
  if (o.calendar !== undefined) checkCalendar(o.calendar, report);
  if (o.timeZone !== undefined && (typeof o.timeZone !== 'string' || !isTimeZone(o.timeZone))) {
    report('timeZone', ...expectedFound('an IANA time zone such as "Asia/Shanghai"', shown(o.timeZone)));
  }
  if (o.locale !== undefined && !(LOCALES as readonly unknown[]).includes(o.locale))
    report('locale', ...expectedFound(`one of ${LOCALES.join(', ')}`, shown(o.locale)));
  if (o.limits !== undefined) checkLimits(o.limits, report);
  if (o.evaluator !== undefined && !(EVALUATORS as readonly unknown[]).includes(o.evaluator)) {
    report('evaluator', ...expectedFound(`one of ${EVALUATORS.join(', ')}`, shown(o.evaluator)));
  }
}

/**
 * Checks createTriage's options and throws a TriageError with code `invalid_options` naming every
 * wrong one (issues with code `invalid_option` and a JSON pointer such as `/timeZone`).
 *
 * @example
 * checkTriageOptions({ timeZone: 'Mars/Olympus' }); // throws TriageError { code: 'invalid_options' }
 */
export function checkTriageOptions(options: unknown): void {
  const issues: Issue[] = [];
  const report: Report = (key, message, detail) =>
    issues.push({ code: 'invalid_option', path: key === '' ? '' : `/${key}`, message, ...detail });
  if (!isRecord(options)) report('', ...expectedFound('an options object', options === null ? 'null' : typeof options));
  else checkValues(options, report);
  if (issues.length > 0) {
    const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new TriageError('invalid_options', `createTriage options are invalid: ${list}`, issues);
  }
}
