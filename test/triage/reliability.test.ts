// What reaches a triage object that compileRuleSet never saw: hand-built rule sets, values JSON
// cannot produce, wrong options. Each is answered with a stable code, never a bare TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTriage, isTriageError, type RuleSet } from '../../src/index.js';
import { validCaseArbitrary } from '../support/case-arbitraries.js';
import { PROPERTY_SEED, propertyParameters } from '../support/property-budget.js';

const KASE = {
  id: 'c1',
  scenario: 'chargeback',
  asOf: '2026-11-05T10:00:00+08:00',
  dispute: { stage: 'retrieval', noticeAt: '2026-11-03' },
};
const bundled = createTriage().ruleSet;
const IN_NULL = { all: [{ fact: 'scenario', operator: 'in', value: null }] };

/** The bundled rule set with one rule's (or gate's) conditions replaced, as a caller could build it by hand. */
function handBuilt(edit: 'rule' | 'gate'): { ruleSet: RuleSet; name: string } {
  if (edit === 'rule') {
    const target = bundled.rules.find((rule) => rule.pack === 'chargeback') ?? bundled.rules[0]!;
    const rules = bundled.rules.map((rule) => (rule === target ? { ...rule, conditions: IN_NULL as never } : rule));
    return { ruleSet: { ...bundled, rules }, name: target.id };
  }
  const [gate, definition] = Object.entries(bundled.catalog.gates)[0]!;
  const gates = { ...bundled.catalog.gates, [gate]: { ...definition, conditions: IN_NULL as never } };
  return { ruleSet: { ...bundled, catalog: { ...bundled.catalog, gates } }, name: gate };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('a rule that throws while evaluating', () => {
  for (const evaluator of ['compiled', 'json-rules-engine'] as const) {
    it(`is named with code rule_failed (${evaluator})`, async () => {
      const { ruleSet, name } = handBuilt('rule');
      const rule = ruleSet.rules.find((r) => r.id === name)!;
      const triage = createTriage({ rules: ruleSet, evaluator });
      const outcome = await triage.safeTriage(KASE);
      expect(outcome).toEqual({
        ok: false,
        issues: [
          expect.objectContaining({
            code: 'rule_failed',
            rule: name,
            file: rule.file,
            path: `/rules/${rule.position}/conditions`,
          }),
        ],
      });
      const error = await rejection(triage.triage(KASE));
      expect(isTriageError(error) && error.code).toBe('rule_failed');
      expect((error as Error).message).toContain(name);
    });

    it(`names a failing gate (${evaluator})`, async () => {
      const { ruleSet, name } = handBuilt('gate');
      const outcome = await createTriage({ rules: ruleSet, evaluator }).safeTriage(KASE);
      expect(outcome).toEqual({
        ok: false,
        issues: [
          expect.objectContaining({
            code: 'rule_failed',
            path: `/gates/${name}/conditions`,
            message: expect.stringContaining(name),
          }),
        ],
      });
    });
  }
});

describe('safeTriage never rejects', () => {
  const triage = createTriage();
  const throwingGetter = {
    ...KASE,
    get dispute(): never {
      throw new Error('getter says no');
    },
  };
  const throwingProxy = new Proxy(
    { ...KASE },
    {
      get: () => {
        throw new Error('proxy says no');
      },
      ownKeys: () => {
        throw new Error('proxy says no');
      },
    },
  );
  const nestedProxy = {
    ...KASE,
    evidence: new Proxy([], { get: (target, key) => (key === 'length' ? 'many' : Reflect.get(target, key)) }),
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const inputs: Array<[string, unknown]> = [
    ['a getter that throws', throwingGetter],
    ['a proxy whose every trap throws', throwingProxy],
    ['an array whose length is a string', nestedProxy],
    [
      'an array whose length is huge',
      {
        ...KASE,
        evidence: new Proxy([], { get: (target, key) => (key === 'length' ? 2 ** 40 : Reflect.get(target, key)) }),
      },
    ],
    ['a revoked proxy', revoked.proxy],
    ['a revoked proxy inside the case', { ...KASE, dispute: revoked.proxy }],
    ['a symbol', Symbol('case')],
    ['a bigint inside the case', { ...KASE, transaction: { amount: 10n } }],
    ['a function', () => KASE],
  ];
  for (const [what, input] of inputs) {
    it(`answers { ok: false, issues } for ${what}`, async () => {
      const outcome = await triage.safeTriage(input);
      // A proxy whose length reads as a string is an empty list to the schema: an answer either way.
      if (what.includes('length is a string') && outcome.ok) return;
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.issues.length).toBeGreaterThan(0);
      for (const issue of outcome.issues)
        expect(issue).toMatchObject({
          code: expect.any(String),
          path: expect.stringMatching(/^(\/|$)/),
          message: expect.any(String),
        });
    });
  }

  it('points at the value that threw', async () => {
    const outcome = await triage.safeTriage(throwingGetter);
    expect(outcome).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'unreadable_value', path: '/dispute' })],
    });
  });

  it('answers a clock that throws with invalid_clock', async () => {
    const outcome = await createTriage({
      clock: () => {
        throw new Error('no time');
      },
    }).safeTriage({ ...KASE, asOf: undefined });
    expect(outcome).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'invalid_clock' })] });
  });
});

/** Every place in a JSON value where a value sits: its key path. */
function placesIn(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (value === null || typeof value !== 'object') return [path];
  const keys: PropertyKey[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((key) => placesIn((value as Record<PropertyKey, unknown>)[key], [...path, key]))];
}

/** The case with the value at `path` read through a getter, a throwing proxy or an array with a bad length. */
function sabotage(kase: Record<string, unknown>, path: PropertyKey[], how: number): unknown {
  if (path.length === 0)
    return new Proxy(kase, {
      ownKeys: () => {
        throw new Error('no keys');
      },
    });
  const copy = structuredClone(kase);
  type Node = Record<PropertyKey, unknown>;
  const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, copy as Node);
  const key = path[path.length - 1]!;
  const original = parent[key];
  if (how === 0)
    Object.defineProperty(parent, key, {
      enumerable: true,
      get: () => {
        throw new Error('getter says no');
      },
    });
  else if (how === 1)
    parent[key] = new Proxy(Object(original), {
      get: () => {
        throw new Error('proxy says no');
      },
    });
  else parent[key] = new Proxy([original], { get: (target, k) => (k === 'length' ? -1 : Reflect.get(target, k)) });
  return copy;
}

describe('valid cases with one value made unreadable at random', () => {
  const parameters = propertyParameters(0.005);
  it(`are answered, never rejected (${parameters.numRuns} runs, seed ${PROPERTY_SEED})`, async () => {
    const triage = createTriage();
    const arbitrary = validCaseArbitrary(triage.ruleSet).chain((kase) =>
      fc.record({
        kase: fc.constant(kase),
        at: fc.constantFrom(...placesIn(kase)),
        how: fc.integer({ min: 0, max: 2 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ kase, at, how }) => {
        const outcome = await triage.safeTriage(sabotage(kase, at, how));
        if (!outcome.ok)
          for (const issue of outcome.issues)
            expect(issue).toMatchObject({
              code: expect.any(String),
              path: expect.any(String),
              message: expect.any(String),
            });
      }),
      parameters,
    );
  });
});

describe('createTriage checks its options at once', () => {
  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, '/timeZone'],
    ['a time zone that is not a string', { timeZone: 8 }, '/timeZone'],
    ['an unknown locale', { locale: 'fr' }, '/locale'],
    ['a calendar without isWorkingDay', { calendar: { name: 'x', firstYear: 2026, lastYear: 2026 } }, '/calendar'],
    [
      'a calendar with years the wrong way round',
      { calendar: { name: 'x', firstYear: 2027, lastYear: 2026, isWorkingDay: () => true } },
      '/calendar',
    ],
    ['a misspelt evaluator', { evaluator: 'json-rule-engine' }, '/evaluator'],
    ['rules that are neither a rule set nor files', { rules: 'rules/' }, '/rules'],
    [
      'parameters that are not numbers',
      { parameters: { support_reply_working_days: '5' } },
      '/parameters/support_reply_working_days',
    ],
    ['parameters that are not an object', { parameters: [5] }, '/parameters'],
    ['a clock that is not a function', { clock: 1_700_000_000_000 }, '/clock'],
    ['a limit that is not a count', { limits: { maxContacts: -1 } }, '/limits/maxContacts'],
  ];
  for (const [what, options, path] of bad) {
    it(`throws invalid_options for ${what}, naming ${path}`, () => {
      let thrown: unknown;
      try {
        createTriage(options as never);
      } catch (error) {
        thrown = error;
      }
      expect(isTriageError(thrown) && thrown.code).toBe('invalid_options');
      expect((thrown as { issues: unknown[] }).issues).toContainEqual(
        expect.objectContaining({ code: 'invalid_option', path }),
      );
    });
  }

  it('accepts the documented options', async () => {
    const triage = createTriage({
      timeZone: 'UTC',
      locale: 'en',
      evaluator: 'json-rules-engine',
      limits: { maxContacts: 10 },
      clock: () => 0,
    });
    expect((await triage.safeTriage(KASE)).ok).toBe(true);
  });
});
