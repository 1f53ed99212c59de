import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import { arbitraryInputArbitrary } from '../support/case-arbitraries.js';
import { expectResultOrIssues } from '../support/expect-result-or-issues.js';
import { PROPERTY_SEED, PROPERTY_TIMEOUT, propertyParameters } from '../support/property-budget.js';

const triage = createTriage();

describe('arbitrary input as a case', () => {
  const arbitrary = propertyParameters(0.4);
  it(
    `any JSON (and odd JavaScript values) gives a valid result or issues with JSON pointers, never an exception (${arbitrary.numRuns} runs, seed ${PROPERTY_SEED})`,
    async () => {
      const counts = { ok: 0, invalid: 0, compared: 0 };
      await fc.assert(
        fc.asyncProperty(arbitraryInputArbitrary, (input) =>
          expectResultOrIssues(triage, input, counts).then(() => undefined),
        ),
        arbitrary,
      );
      expect(counts.ok + counts.invalid).toBe(arbitrary.numRuns);
      expect(counts.compared).toBeGreaterThan(arbitrary.numRuns / 2);
    },
    PROPERTY_TIMEOUT,
  );
});
