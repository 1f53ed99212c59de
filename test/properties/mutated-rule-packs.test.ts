// Rule packs mutated at random — an operator, a value or a fact of one to three conditions
// swapped, in rules, named conditions, gates and doneWhen alike — either fail to compile with
// issues naming file and pointer, or give a rule set no case can make throw, with either evaluator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, createTriage, isInvalidRulesError, type RuleSet, type RuleSource } from '../../src/index.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import { LIST_FACTS, OPERATORS, SCALAR_FACTS } from '../../src/facts/fact-catalog.js';
import { validCaseArbitrary } from '../support/case-arbitraries.js';
import { PROPERTY_SEED, PROPERTY_TIMEOUT, propertyParameters } from '../support/property-budget.js';

type Leaf = { fact: string; operator: string; value: unknown; path?: string };

/** Where each condition leaf sits: file index and the keys leading to it. */
function leafLocations(sources: readonly RuleSource[]): Array<{ file: number; keys: PropertyKey[] }> {
  const found: Array<{ file: number; keys: PropertyKey[] }> = [];
  sources.forEach((source, file) => {
    const stack: Array<{ value: unknown; keys: PropertyKey[] }> = [{ value: source.content, keys: [] }];
    while (stack.length > 0) {
      const { value, keys } = stack.pop()!;
      if (value === null || typeof value !== 'object') continue;
      const record = value as Record<string, unknown>;
      if (typeof record.fact === 'string' && typeof record.operator === 'string') {
        found.push({ file, keys });
        continue;
      }
      for (const [key, item] of Object.entries(record))
        stack.push({ value: item, keys: [...keys, Array.isArray(value) ? Number(key) : key] });
    }
  });
  return found;
}

const bundled = createTriage().ruleSet;
const locations = leafLocations(DEFAULT_RULE_SOURCES);
const parameter = Object.keys(bundled.parameters)[0]!;
const channel = bundled.vocabulary.channels[0]!;

const factArb: fc.Arbitrary<{ fact: string; path?: string }> = fc.oneof(
  fc.constantFrom(...SCALAR_FACTS, ...LIST_FACTS).map((fact) => ({ fact })),
  fc.constantFrom(
    { fact: 'signals', path: 'fraudSuspected' },
    { fact: 'daysSince', path: 'noticeAt' },
    { fact: 'workingDaysSince', path: 'transactionAt' },
    { fact: 'params', path: parameter },
    { fact: 'contact', path: `${channel}.tried` },
    { fact: 'contact', path: `${channel}.daysSince` },
  ),
);

const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    3,
    -1,
    1e9,
    '',
    'retrieval',
    'chargeback',
    'T+1',
    [],
    [null],
    ['retrieval', 'chargeback'],
  ),
  fc.constantFrom(...bundled.vocabulary.stages, ...bundled.vocabulary.evidence, ...bundled.vocabulary.channels),
  fc.array(fc.oneof(fc.constantFrom(...bundled.vocabulary.causes), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  factArb,
);

const mutationArb = fc.record(
  {
    at: fc.nat({ max: locations.length - 1 }),
    // Each part is left alone half the time, so that one-part mutations (which often compile) are common.
    operator: fc.option(fc.constantFrom(...OPERATORS), { nil: undefined, freq: 2 }),
    value: fc.option(valueArb, { nil: undefined, freq: 2 }),
    fact: fc.option(factArb, { nil: undefined, freq: 2 }),
  },
  { requiredKeys: ['at'] },
);

interface Mutation {
  at: number;
  operator?: string;
  value?: unknown;
  fact?: { fact: string; path?: string };
}

function mutate(mutations: readonly Mutation[]): RuleSource[] {
  const sources = DEFAULT_RULE_SOURCES.map((source) => ({
    file: source.file,
    content: structuredClone(source.content),
  }));
  for (const mutation of mutations) {
    const { file, keys } = locations[mutation.at]!;
    type Node = Record<PropertyKey, unknown>;
    const leaf = keys.reduce<Node>((node, key) => node[key] as Node, sources[file]!.content as Node) as unknown as Leaf;
    if (mutation.operator !== undefined) leaf.operator = mutation.operator;
    if (mutation.value !== undefined) leaf.value = structuredClone(mutation.value);
    if (mutation.fact !== undefined) {
      leaf.fact = mutation.fact.fact;
      if (mutation.fact.path === undefined) delete leaf.path;
      else leaf.path = mutation.fact.path;
    }
  }
  return sources;
}

function compileOrIssues(sources: RuleSource[]): RuleSet | undefined {
  try {
    return compileRuleSet(sources);
  } catch (error) {
    if (!isInvalidRulesError(error)) throw error;
    for (const issue of error.issues)
      expect(issue).toMatchObject({
        file: expect.any(String),
        path: expect.stringMatching(/^(\/|$)/),
        message: expect.any(String),
      });
    return undefined;
  }
}

describe('rule packs mutated at random', () => {
  const parameters = { ...propertyParameters(0.002), numRuns: Math.max(150, propertyParameters(0.002).numRuns) };
  it(
    `either are rejected with issues, or no case makes a triage throw (${parameters.numRuns} runs, seed ${PROPERTY_SEED})`,
    async () => {
      const counts = { compiled: 0, rejected: 0 };
      const property = fc.asyncProperty(
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        fc.array(validCaseArbitrary(bundled), { minLength: 1, maxLength: 3 }),
        async (mutations, cases) => {
          const ruleSet = compileOrIssues(mutate(mutations));
          if (!ruleSet) {
            counts.rejected += 1;
            return;
          }
          counts.compiled += 1;
          const compiled = createTriage({ rules: ruleSet });
          const engine = createTriage({ rules: ruleSet, evaluator: 'json-rules-engine' });
          for (const kase of cases) {
            const outcome = await compiled.safeTriage(kase);
            expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
            expect(await engine.safeTriage(kase)).toEqual(outcome);
          }
        },
      );
      await fc.assert(property, parameters);
      console.info(`mutated packs: ${counts.compiled} compiled, ${counts.rejected} rejected`);
      // Not vacuous: both sides are reached.
      expect(counts.compiled).toBeGreaterThan(parameters.numRuns * 0.02);
      expect(counts.rejected).toBeGreaterThan(parameters.numRuns * 0.05);
    },
    PROPERTY_TIMEOUT,
  );
});
