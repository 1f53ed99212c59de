import { DATE_FACTS } from '../facts/fact-catalog.js';
import { expectedFound, type Issue, type ReportIssue } from '../issues.js';
import { checkCondition, issueAt } from './check-conditions.js';
import { checkDays, type DayScope } from './check-days.js';
import type { CompiledRule, MergedCatalog } from './rule-set.js';

/** What an outcome's references are checked against. */
interface OutcomeScope {
  catalog: MergedCatalog;
  scope: DayScope;
  deadlineIds: ReadonlySet<string>;
  report: ReportIssue;
}

function known(on: OutcomeScope, section: keyof MergedCatalog, id: string, path: PropertyKey[], what: string): void {
  if (!Object.hasOwn(on.catalog[section], id))
    on.report('unknown_id', path, ...expectedFound(`a known ${what} id`, JSON.stringify(id)));
}

function knownDate(on: OutcomeScope, id: string, path: PropertyKey[]): void {
  if (!(DATE_FACTS as readonly string[]).includes(id))
    on.report('unknown_date', path, ...expectedFound(`a date fact (${DATE_FACTS.join(', ')})`, JSON.stringify(id)));
}

function knownDeadline(on: OutcomeScope, id: string | undefined, path: PropertyKey[]): void {
  if (id !== undefined && !on.deadlineIds.has(id))
    on.report(
      'unknown_deadline',
      path,
      ...expectedFound('the id of a deadline some rule declares', JSON.stringify(id)),
    );
}

/** The ids, deadlines, dates and day counts of one rule's outcome. */
function checkOutcome(outcome: CompiledRule['outcome'], out: PropertyKey[], on: OutcomeScope): void {
  outcome.actions?.forEach((a, i) => {
    known(on, 'actions', a.id, [...out, 'actions', i, 'id'], 'action');
    knownDeadline(on, a.due, [...out, 'actions', i, 'due']);
  });
  outcome.evidence?.forEach((e, i) => {
    known(on, 'evidence', e.id, [...out, 'evidence', i, 'id'], 'evidence');
  });
  outcome.escalation?.forEach((s, i) => {
    const at = [...out, 'escalation', i];
    known(on, 'channels', s.channel, [...at, 'channel'], 'channel');
    if (s.replyWindow) checkDays(s.replyWindow.days, on.scope, [...at, 'replyWindow', 'days'], on.report);
    knownDeadline(on, s.afterDeadline, [...at, 'afterDeadline']);
    if (s.notBefore) {
      knownDate(on, s.notBefore.from, [...at, 'notBefore', 'from']);
      checkDays(s.notBefore.days, on.scope, [...at, 'notBefore', 'days'], on.report);
    }
  });
  outcome.parallel?.forEach((p, i) => {
    known(on, 'channels', p.channel, [...out, 'parallel', i, 'channel'], 'channel');
  });
  outcome.deadlines?.forEach((d, i) => {
    if (d.from !== undefined) knownDate(on, d.from, [...out, 'deadlines', i, 'from']);
    if (d.at !== undefined) knownDate(on, d.at, [...out, 'deadlines', i, 'at']);
    if (d.days !== undefined) checkDays(d.days, on.scope, [...out, 'deadlines', i, 'days'], on.report);
  });
}

/**
 * Checks one rule: its conditions, then every id, deadline, date and day count its outcome names.
 *
 * @example
 * const issues = checkRule(rule, { catalog, scope, deadlineIds: new Set(['retrieval_response']) });
 */
export function checkRule(
  rule: CompiledRule,
  context: { catalog: MergedCatalog; scope: DayScope; deadlineIds: ReadonlySet<string> },
): Issue[] {
  const issues: Issue[] = [];
  const report: ReportIssue = (code, path, message, detail) =>
    issues.push(issueAt(rule.file, rule.id, code, path, message, detail));
  const base: PropertyKey[] = ['rules', rule.position];
  checkCondition(rule.conditions, context.scope, [...base, 'conditions'], report);
  checkOutcome(rule.outcome, [...base, 'outcome'], { ...context, report });
  return issues;
}
