// The validation fast path is derived from the zod case schema: whatever it accepts, zod must accept
// with the same value (key order included); whatever zod rejects, it must leave to zod.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { generateCases } from '../../scripts/generate-cases.mjs';
import { DEFAULT_CASE_LIMITS, createCaseSchema, defaultRules } from '../../src/index.js';
import { NOT_FAST, fastParse } from '../../src/case/fast-parse.js';
import { arbitraryInputArbitrary, mutatedCaseArbitrary, validCaseArbitrary } from '../support/case-arbitraries.js';
import { listFixtures } from '../support/fixtures.js';

const ruleSet = defaultRules();
const schema = createCaseSchema(ruleSet.vocabulary, DEFAULT_CASE_LIMITS);
const RUNS = Math.max(300, Math.round(Number(process.env.FC_RUNS ?? 3000) / 3));

/** Fast accepts ⇒ zod accepts with the same data; zod rejects ⇒ fast says NOT_FAST. */
function agrees(input: unknown): boolean {
  const fast = fastParse(schema, input);
  const zod = schema.safeParse(input);
  if (fast === NOT_FAST) return true;
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(fast).toStrictEqual(zod.data);
  return true;
}

describe('the fast validation path', () => {
  it('takes every fixture case and generated case, and gives what zod gives', () => {
    const inputs = [...listFixtures().map((f) => f.kase), ...generateCases(ruleSet, { count: 2000, seed: 1616 })];
    const zodValid = inputs.filter((input) => schema.safeParse(input).success);
    const fast = zodValid.filter((input) => fastParse(schema, input) !== NOT_FAST);
    expect(fast.length).toBe(zodValid.length);
    for (const input of inputs) agrees(input);
  });

  it('agrees with zod on random valid, mutated and arbitrary input', () => {
    fc.assert(fc.property(validCaseArbitrary(ruleSet), agrees), { numRuns: RUNS, seed: 16 });
    fc.assert(fc.property(mutatedCaseArbitrary(ruleSet), agrees), { numRuns: RUNS, seed: 17 });
    fc.assert(fc.property(arbitraryInputArbitrary, agrees), { numRuns: RUNS, seed: 18 });
  });

  it('leaves kinds of schema it does not know, and failed refinements, to zod', () => {
    const union = z.strictObject({ a: z.union([z.string(), z.number()]) });
    expect(fastParse(union, { a: 'x' })).toBe(NOT_FAST);
    const loose = z.object({ a: z.string() });
    expect(fastParse(loose, { a: 'x', b: 1 })).toBe(NOT_FAST);
    const refined = z.strictObject({
      a: z.string().refine((v) => v.startsWith('o')),
      n: z.number().int().min(1).optional(),
    });
    expect(fastParse(refined, { a: 'ok', n: 2 })).toEqual({ a: 'ok', n: 2 });
    expect(fastParse(refined, { a: 'no' })).toBe(NOT_FAST);
    expect(fastParse(refined, { a: 'ok', n: 1.5 })).toBe(NOT_FAST);
    expect(fastParse(refined, { a: 'ok', n: Infinity })).toBe(NOT_FAST);
    expect(fastParse(refined, { a: 'ok', extra: true })).toBe(NOT_FAST);
  });
});
