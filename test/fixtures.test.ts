import { describe, expect, it } from 'vitest';
import { listFixtureTests } from '../src/testing.js';
import { FIXTURES } from './support/fixtures.js';

// The same helper partners use; UPDATE_GOLDEN=1 rewrites the expected results (review the diff).
const fixtures = listFixtureTests(FIXTURES, { update: process.env.UPDATE_GOLDEN === '1', writeMissing: false });

describe('fixture cases', () => {
  it('exist', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name} matches its committed expected result`, async () => {
      await fixture.run();
    });
  }
});
