/**
 * Every stable code the package puts on an issue (`Issue.code`), an error (`TriageError.code`) or an
 * HTTP problem, each with a one-line summary. Messages may change; codes do not. The README's
 * "Errors and issue codes" table is generated from this list (`npm run docs`).
 *
 * @example
 * import { ISSUE_CODES } from 'pos-dispute-triage';
 * ISSUE_CODES.unknown_key; // 'An object has a key its schema does not declare (a typo?).'
 */
export const ISSUE_CODES = {
  // Case and file validation (zod's codes pass through, with a JSON pointer and expected/found).
  missing: 'A required field is absent.',
  invalid_type: 'A value has the wrong JSON type (such as a string where a number belongs).',
  invalid_value: 'A value is not one of the allowed values (an id list or a fixed word).',
  invalid_format: 'A string does not have its expected format (a pattern, a date, or the draft format asked of HTTP).',
  too_small: 'A number, string or list is below its minimum.',
  too_big: 'A number, string or list is above its maximum.',
  not_multiple_of: 'A number is not a multiple of its step.',
  invalid_union: 'A value matches none of the shapes allowed there.',
  invalid_key: 'A key of a record is invalid.',
  invalid_element: 'An element of a map or set is invalid.',
  invalid: 'A value fails a check that has no more specific code.',
  unknown_key: 'An object has a key its schema does not declare (a typo?).',
  unknown_id: 'An id (scenario, cause, stage, evidence, channel …) is not declared by the catalog.',
  invalid_timestamp: 'A timestamp is not ISO 8601 with an offset or a plain date, or the date does not exist.',
  invalid_amount: 'An amount is not a number of yuan with at most two decimals.',
  invalid_time_zone: 'A time zone is not a known IANA zone.',
  invalid_date: 'A calendar date does not exist.',
  limit_exceeded: 'An input is over a size limit (bytes, nesting, list length, string length, files).',
  unreadable_value: 'Reading a value of the input threw (a getter or proxy), so it cannot be validated.',
  missing_as_of: 'The case has no asOf and the triage has no clock.',
  invalid_json: 'A file or NDJSON line is not JSON.',
  invalid_utf8: 'A file is not valid UTF-8.',
  line_too_long: 'An NDJSON line is over the line limit.',
  // Rule files: catalogs, rule packs, templates.
  forbidden_key: 'A rule file uses a key that names a prototype (`__proto__`, `constructor`, `prototype`).',
  broken_link: 'A rule directory holds a symbolic link that points to nothing.',
  duplicate_pack: 'Two rule files declare the same pack id.',
  duplicate_id: 'Two catalogs declare the same id without "override": true.',
  duplicate_parameter: 'Two packs declare the same parameter.',
  duplicate_condition: 'Two packs declare the same named condition.',
  duplicate_rule: 'A rule id is reused without "override": true.',
  duplicate_template: 'A template id is reused without "override": true.',
  missing_catalog: 'The rule set has no catalog file.',
  missing_label: 'An id, date fact or blank has no label.',
  unknown_gate: 'A channel names a gate no catalog declares.',
  unknown_rule: 'A disable or override names a rule no earlier pack defines.',
  unknown_parameter: 'A parameter (in a rule or in the options) is not declared by any pack.',
  invalid_parameter: 'A parameter value is out of range for its unit.',
  parameters_not_applicable: 'Parameters were given with a rule set this package did not compile.',
  unknown_deadline: 'An action or rung refers to a deadline no rule declares.',
  unknown_date: 'A deadline or rung counts from a name that is not a date fact.',
  invalid_deadline: 'A deadline needs exactly one of "from" (with "days" and "unit") or "at".',
  unknown_source: 'A rule, deadline or parameter cites a source key no catalog declares.',
  unknown_fact: 'A condition or placeholder names a fact that does not exist.',
  unknown_operator: 'A condition uses an operator that does not exist.',
  wrong_operator: 'A condition uses an operator that does not fit the fact (a list fact needs contains).',
  wrong_value_type: "A condition's value has a type the fact never has.",
  unknown_path: 'A condition names a key that the object fact does not have.',
  missing_path: 'A condition on an object fact does not name one of its keys with "path".',
  unexpected_path: 'A condition gives a "path" for a fact that is not an object.',
  unsafe_path: 'A condition path is not a plain property path (no JSONPath filters or scripts).',
  unknown_condition: 'A condition refers to a named condition no pack declares.',
  cyclic_condition: 'Named conditions refer to each other in a cycle.',
  too_deep: 'A condition nests deeper than the limit with its named conditions expanded.',
  unknown_template: 'A template sets "override" but no earlier file defines it.',
  template_syntax: 'A template text has a placeholder syntax error.',
  unknown_placeholder: 'A template uses a placeholder outside case., fact., ask. and doc., or one not allowed there.',
  unknown_case_field: 'A template names a case field that does not exist or is a list.',
  unknown_line: 'A templates file defines a list line format that does not exist.',
  missing_line: 'A list line format documents need is declared by no templates file.',
  // Lint only (lintRuleSet, `pos-dispute-triage lint`): the rule set still compiles.
  never_fires: 'A rule can never fire (its conditions contradict each other or need an impossible value).',
  unreachable_channel: 'No rule can ever reach this channel.',
  unused_parameter: 'A parameter is declared but nothing uses it.',
  unused_condition: 'A named condition is declared but nothing refers to it.',
  blank_source: 'A source key is blank.',
  blank_text: 'A label or text is blank.',
  foreign_rule_id: "A rule id does not start with its pack's id.",
  // Calendar files.
  duplicate_year: 'A calendar file lists a year twice.',
  date_outside_years: 'A calendar date lies outside the years the file covers.',
  workday_not_weekend: 'A make-up working day is not a Saturday or Sunday.',
  workday_is_holiday: 'A make-up working day is also listed as a holiday.',
  // The rules file of pos-dispute-triage/browser (loadRules, hydrateRules, packRules).
  invalid_rules_json: 'A fetched rules file is not a rules JSON document of this release (or fails verify).',
  rules_unavailable: 'The rules file could not be fetched (loadRules), or its body is not JSON.',
  rules_not_packable: 'The rule set given to packRules was not compiled by this package (its files are unknown).',
  // Options of createTriage.
  invalid_option: 'One createTriage option is invalid (an issue of invalid_options).',
  // Errors (TriageError.code) and HTTP problems.
  invalid_case: 'The case did not validate (InvalidCaseError; HTTP 422); its issues name each problem.',
  invalid_rules: 'The rule set did not validate (InvalidRulesError); its issues name file, rule and path.',
  invalid_calendar: 'A calendar file did not validate (InvalidCalendarError).',
  invalid_options: 'The createTriage options are invalid; its issues are invalid_option.',
  invalid_clock: 'The clock threw or gave a time outside the supported years.',
  rule_failed: 'A rule threw while its conditions were evaluated (a hand-built rule set).',
  no_template: 'No document template exists for the channel.',
  no_channel: 'The result names no next channel and none was given to draft for.',
  internal_error: 'An unexpected failure (HTTP 500, or a batch line that failed inside).',
  malformed_json: 'HTTP: the request body is not JSON.',
  unauthorized: 'HTTP: the bearer token is missing or wrong.',
  unsupported_media_type: 'HTTP: the request body is not application/json.',
  too_large: 'HTTP: the request body is over the size limit.',
  not_found: 'HTTP: no such route or resource.',
  method_not_allowed: 'HTTP: the route does not take this method.',
  not_implemented: 'HTTP: this server does not offer the route (no templates, no metrics).',
  draining: 'HTTP: the server is shutting down.',
  timeout: 'HTTP: the request took longer than the time limit.',
} as const;

/**
 * A stable code of an issue, error or HTTP problem: a key of {@link ISSUE_CODES}.
 *
 * @example
 * const code: IssueCode = 'unknown_key';
 */
export type IssueCode = keyof typeof ISSUE_CODES;

/**
 * Whether a string is one of the package's codes (narrows codes that come from data, such as zod params).
 *
 * @example
 * isIssueCode('unknown_key'); // true
 */
export function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && Object.hasOwn(ISSUE_CODES, code);
}
