import { describe, expect, it } from 'vitest';
import { createTriage } from '../src/index.js';
import { goldenText, listFixtures, readGolden } from './support/fixtures.js';

const triage = createTriage();
const fixtures = listFixtures();

describe('fixture cases', () => {
  it('exist', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name} matches its committed expected result`, async () => {
      const outcome = await triage.safeTriage(fixture.kase);
      const actual = goldenText(outcome.ok ? outcome.result : { issues: outcome.issues });
      const expected = readGolden(fixture.expectedPath, actual);
      expect(expected, `missing ${fixture.expectedPath}; run UPDATE_GOLDEN=1 npm test`).toBeDefined();
      expect(actual).toBe(expected);
    });
  }
});
