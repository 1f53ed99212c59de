import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import type { Case } from '../../src/case/schema.js';
import { validCaseArbitrary } from '../support/case-arbitraries.js';
import { deepFreeze } from '../support/deep-freeze.js';
import { expectResultInvariants } from '../support/result-invariants.js';
import { PROPERTY_SEED, PROPERTY_TIMEOUT, propertyParameters } from '../support/property-budget.js';
import { shuffleCase } from '../support/shuffle-case.js';

const triage = createTriage();
const parameters = propertyParameters(0.3);

describe('valid generated cases', () => {
  it(
    `keep the result invariants, twice byte-identical and independent of key order (${parameters.numRuns} runs, seed ${PROPERTY_SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(validCaseArbitrary(triage.ruleSet), fc.nat(), async (kase, shuffleSeed) => {
          const outcome = await triage.safeTriage(kase);
          if (!outcome.ok) throw new Error(`a generated valid case was rejected: ${JSON.stringify(outcome.issues)}`);
          expectResultInvariants(kase as Case, outcome.result, triage.ruleSet);
          // The same object again, now deep-frozen (every fourth run, to spare the budget).
          if (shuffleSeed % 4 === 0) {
            const twice = await triage.safeTriage(deepFreeze(kase));
            if (!twice.ok || JSON.stringify(twice.result) !== JSON.stringify(outcome.result))
              throw new Error('the same case twice gave different bytes');
          }
          const again = await triage.safeTriage(shuffleCase(kase, shuffleSeed, ['contacts', 'evidence']));
          if (!again.ok || JSON.stringify(again.result) !== JSON.stringify(outcome.result))
            throw new Error('the same case with its keys, contacts and evidence in another order gave different bytes');
        }),
        parameters,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
