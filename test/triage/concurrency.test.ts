import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, createTriage, type CreateTriageOptions, type Triage } from '../../src/index.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import { validCaseArbitrary } from '../support/case-arbitraries.js';
import { listFixtures } from '../support/fixtures.js';

/** Fixture cases and generated valid cases (a fixed seed), so overlapping calls differ from each other. */
function casesFor(triage: Triage, count: number): unknown[] {
  const fixtures = listFixtures().map((f) => f.kase);
  const generated = fc.sample(validCaseArbitrary(triage.ruleSet), { numRuns: count, seed: 7 });
  return generated.map((kase, i) => (i % 10 === 0 ? fixtures[(i / 10) % fixtures.length]! : kase));
}

async function sequentially(triage: Triage, cases: readonly unknown[]): Promise<string[]> {
  const out: string[] = [];
  for (const kase of cases) out.push(JSON.stringify(await triage.safeTriage(kase)));
  return out;
}

/** Starts every call before any finishes, yielding to the event loop every `batch` calls. */
async function overlapping(cases: readonly unknown[], pick: (i: number) => Triage, batch = 250): Promise<string[]> {
  const pending: Array<Promise<string>> = [];
  for (let i = 0; i < cases.length; i += 1) {
    pending.push(
      pick(i)
        .safeTriage(cases[i])
        .then((outcome) => JSON.stringify(outcome)),
    );
    if (i % batch === batch - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return Promise.all(pending);
}

// Another rule set: the bundled rules with different day counts, so results and the hash differ.
const otherRules = compileRuleSet(DEFAULT_RULE_SOURCES, {
  parameters: { support_reply_working_days: 3, institution_complaint_reply_days: 30 },
});

const evaluators: Array<{ name: string; options: CreateTriageOptions; calls: number }> = [
  { name: 'compiled evaluator', options: {}, calls: 10_000 },
  // The engine evaluator takes ~9 ms a case and shares a bounded pool of Engines, so calls beyond
  // the pool wait their turn: 500 calls prove the queue without making this test long.
  { name: 'json-rules-engine evaluator', options: { evaluator: 'json-rules-engine' }, calls: 500 },
];

describe('overlapping calls', () => {
  for (const { name, options, calls } of evaluators) {
    it(`${calls.toLocaleString('en')} overlapping triage calls on one object equal the same calls one at a time (${name})`, async () => {
      const triage = createTriage(options);
      const cases = casesFor(triage, calls);
      const expected = await sequentially(triage, cases);
      expect(await overlapping(cases, () => triage)).toEqual(expected);
      expect(new Set(expected.map((e) => JSON.parse(e).ok as boolean))).toEqual(new Set([true]));
    });

    it(`calls keep the rule set they started with while callers swap to another one mid-flight (${name})`, async () => {
      // Swapping rules means building a second triage object and routing new calls to it; a triage
      // object never changes its rule set, so calls already started finish with the old one.
      const before = createTriage(options);
      const after = createTriage({ ...options, rules: otherRules });
      expect(after.ruleSet.hash).not.toBe(before.ruleSet.hash);
      const cases = casesFor(before, calls);
      let current = before;
      const used: Triage[] = [];
      const results = await overlapping(cases, (i) => {
        if (i === Math.floor(calls / 3)) current = after;
        if (i === Math.floor((2 * calls) / 3)) current = before;
        used.push(current);
        return current;
      });
      const expected: string[] = [];
      for (let i = 0; i < cases.length; i += 1) expected.push(JSON.stringify(await used[i]!.safeTriage(cases[i])));
      results.forEach((result, i) => {
        if (result !== expected[i]) expect(result).toBe(expected[i]);
        expect((JSON.parse(result) as { result: { ruleset: { hash: string } } }).result.ruleset.hash).toBe(
          used[i]!.ruleSet.hash,
        );
      });
      expect(used.filter((t) => t === after).length).toBe(Math.floor((2 * calls) / 3) - Math.floor(calls / 3));
    });
  }
});
