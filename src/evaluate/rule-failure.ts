import { TriageError } from '../errors/triage-error.js';
import type { FactValues } from '../facts/facts.js';
import type { Issue } from '../issues.js';
import { toJsonPointer } from '../issues.js';
import type { RuleSet } from '../rules/rule-set.js';

// compileRuleSet rejects every condition known to fail when evaluated, but a rule set can also be
// built by hand. When a condition still throws, the triage fails with `rule_failed` naming the rule
// (or gate, or action's doneWhen), never with a bare TypeError.

/** One condition test of a rule set, and what to call it when it throws. */
export interface NamedTest {
  kind: 'rule' | 'gate' | 'done';
  /** Rule index, gate id or action id. */
  key: number | string;
  test: (facts: FactValues) => boolean;
}

function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an unprintable error';
  }
}

function issueFor(ruleSet: RuleSet, kind: NamedTest['kind'], key: number | string, error: unknown): Issue {
  const why = messageOf(error).slice(0, 300);
  if (kind === 'rule') {
    const rule = ruleSet.rules.find((r) => r.index === key);
    if (rule) {
      const path = toJsonPointer(['rules', rule.position, 'conditions']);
      return {
        code: 'rule_failed',
        file: rule.file,
        rule: rule.id,
        path,
        message: `rule ${JSON.stringify(rule.id)} failed while evaluating its conditions: ${why}`,
      };
    }
  }
  const path =
    kind === 'gate'
      ? toJsonPointer(['gates', key, 'conditions'])
      : kind === 'done'
        ? toJsonPointer(['actions', key, 'doneWhen'])
        : '';
  const what =
    kind === 'gate'
      ? `gate ${JSON.stringify(key)}`
      : kind === 'done'
        ? `the doneWhen of action ${JSON.stringify(key)}`
        : `rule #${String(key)}`;
  return { code: 'rule_failed', path, message: `${what} failed while evaluating its conditions: ${why}` };
}

/**
 * The `rule_failed` error for a failed evaluation: each test is run again on its own to find the one that throws.
 *
 * @example
 * try { run(facts); } catch (error) { throw ruleFailure(ruleSet, tests, facts, error); }
 */
export function ruleFailure(
  ruleSet: RuleSet,
  tests: readonly NamedTest[],
  facts: FactValues,
  error: unknown,
): TriageError {
  for (const { kind, key, test } of tests) {
    try {
      test(facts);
    } catch (thrown) {
      const issue = issueFor(ruleSet, kind, key, thrown);
      return new TriageError('rule_failed', `A rule failed: ${issue.message}`, [issue]);
    }
  }
  const issue: Issue = {
    code: 'rule_failed',
    path: '',
    message: `evaluating the rules failed: ${messageOf(error).slice(0, 300)}`,
  };
  return new TriageError('rule_failed', `A rule failed: ${issue.message}`, [issue]);
}
