// `parameters` applies to any rule source, compiled or not, and a bad name or value is always an error.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import { compileRuleSet, createTriage, defaultRules, isTriageError } from '../../src/index.js';
import { loadRuleSet } from '../../src/node.js';
import type { RuleSet } from '../../src/rules/rule-set.js';
import { ROOT } from '../support/fixtures.js';

const kase = JSON.parse(readFileSync(join(ROOT, 'fixtures/chargeback/retrieval-denied-unionpay.case.json'), 'utf8'));
const SLOWER = { retrieval_response_working_days: 9 };

function retrievalDue(result: { deadlines: Array<{ id: string; dueAt: string }> }): string | undefined {
  return result.deadlines.find((deadline) => deadline.id === 'acquirer_response')?.dueAt;
}

function caught(run: () => unknown): {
  code?: string;
  issues?: Array<{ code: string; path: string; message: string }>;
} {
  try {
    run();
  } catch (error) {
    expect(isTriageError(error), String(error)).toBe(true);
    return error as never;
  }
  throw new Error('not rejected');
}

describe('parameters with a compiled rule set', () => {
  it('applies to a compiled set exactly as to the files it came from (same advice, same hash)', async () => {
    const fromFiles = await createTriage({ rules: DEFAULT_RULE_SOURCES, parameters: SLOWER }).triage(kase);
    const fromCompiled = await createTriage({ rules: defaultRules(), parameters: SLOWER }).triage(kase);
    const plain = await createTriage({ rules: defaultRules() }).triage(kase);
    expect(retrievalDue(plain)).toBeDefined();
    expect(retrievalDue(fromCompiled)).not.toBe(retrievalDue(plain));
    expect(JSON.stringify(fromCompiled)).toBe(JSON.stringify(fromFiles));
    expect(fromCompiled.ruleset.hash).not.toBe(plain.ruleset.hash);
  });

  it('keeps the overrides the set was compiled with and lets later ones win', () => {
    const base = compileRuleSet(DEFAULT_RULE_SOURCES, {
      parameters: { customer_reply_days: 4, retrieval_response_working_days: 3 },
    });
    const { ruleSet } = createTriage({ rules: base, parameters: SLOWER });
    expect(ruleSet.parameterValues).toMatchObject({ customer_reply_days: 4, retrieval_response_working_days: 9 });
  });

  it('applies to a set loaded from a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pos-dispute-triage-params-'));
    try {
      // The bundled files with their folders (templates/common.json is not common.json).
      for (const source of DEFAULT_RULE_SOURCES) {
        mkdirSync(dirname(join(dir, source.file)), { recursive: true });
        writeFileSync(join(dir, source.file), JSON.stringify(source.content));
      }
      const loaded = await loadRuleSet(dir);
      const { ruleSet } = createTriage({ rules: loaded, parameters: SLOWER });
      expect(ruleSet.parameterValues.retrieval_response_working_days).toBe(9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const sources: Array<[string, () => RuleSet | typeof DEFAULT_RULE_SOURCES | undefined]> = [
    ['compiled', () => defaultRules()],
    ['files', () => DEFAULT_RULE_SOURCES],
    ['bundled (no rules option)', () => undefined],
  ];
  it.each(sources)('rejects an unknown name, naming it (%s)', (_, rules) => {
    const error = caught(() => createTriage({ rules: rules(), parameters: { retrieval_respons_working_days: 7 } }));
    expect(error.code).toBe('invalid_rules');
    expect(error.issues).toEqual([
      expect.objectContaining({ code: 'unknown_parameter', path: '/parameters/retrieval_respons_working_days' }),
    ]);
  });

  it('rejects a value that is not a number at once, as an invalid option', () => {
    for (const value of ['7', null]) {
      const error = caught(() =>
        createTriage({ rules: defaultRules(), parameters: { customer_reply_days: value as unknown as number } }),
      );
      expect(error.code).toBe('invalid_options');
      expect(error.issues?.[0]).toMatchObject({ path: '/parameters/customer_reply_days' });
    }
  });

  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 1e12])(
    'rejects the out-of-range value %s on a compiled set',
    (value) => {
      const error = caught(() =>
        createTriage({ rules: defaultRules(), parameters: { customer_reply_days: value as number } }),
      );
      expect(error.code).toBe('invalid_rules');
      expect(error.issues?.[0]).toMatchObject({ code: 'invalid_parameter', path: '/parameters/customer_reply_days' });
      expect(error.issues?.[0]?.message).toMatch(
        /"customer_reply_days" counts calendar_day: expected a whole number from 0 to 3650/,
      );
    },
  );

  it('rejects a fractional month count', () => {
    expect(caught(() => createTriage({ parameters: { limitation_period_months: 1.5 } })).issues?.[0]?.message).toMatch(
      /whole number from 0 to 1200/,
    );
  });

  it('refuses parameters for a rule set it did not compile, with a stable code', () => {
    const copy: RuleSet = { ...defaultRules() };
    const error = caught(() => createTriage({ rules: copy, parameters: SLOWER }));
    expect(error.code).toBe('parameters_not_applicable');
    expect(error.issues).toEqual([expect.objectContaining({ path: '/parameters/retrieval_response_working_days' })]);
    expect(createTriage({ rules: copy }).ruleSet).toBe(copy);
  });
});
