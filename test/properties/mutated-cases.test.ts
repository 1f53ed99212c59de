import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import { mutatedCaseArbitrary } from '../support/case-arbitraries.js';
import { expectResultOrIssues } from '../support/expect-result-or-issues.js';
import { PROPERTY_SEED, PROPERTY_TIMEOUT, propertyParameters } from '../support/property-budget.js';

const triage = createTriage();

describe('valid cases with hostile fields', () => {
  const mutated = propertyParameters(0.3);
  it(
    `set, added or deleted at random give a valid result or issues with JSON pointers (${mutated.numRuns} runs, seed ${PROPERTY_SEED})`,
    async () => {
      const counts = { ok: 0, invalid: 0, compared: 0 };
      await fc.assert(
        fc.asyncProperty(mutatedCaseArbitrary(triage.ruleSet), (input) =>
          expectResultOrIssues(triage, input, counts).then(() => undefined),
        ),
        mutated,
      );
      // Not vacuous: some mutations (deleting an optional field) leave a valid case.
      expect(counts.ok).toBeGreaterThan(mutated.numRuns * 0.02);
      expect(counts.invalid).toBeGreaterThan(mutated.numRuns * 0.5);
    },
    PROPERTY_TIMEOUT,
  );
});
