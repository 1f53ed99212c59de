import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import { listFixtures } from '../support/fixtures.js';

describe('overlapping calls', () => {
  it('1,000 overlapping triage calls on one object equal the same calls one at a time', async () => {
    const fixtures = listFixtures();
    const cases = Array.from({ length: 1000 }, (_, i) => fixtures[i % fixtures.length]!.kase);
    const triage = createTriage();
    const sequential: string[] = [];
    for (const kase of cases) sequential.push(JSON.stringify(await triage.safeTriage(kase)));
    const overlapping = await Promise.all(cases.map(async (kase) => JSON.stringify(await triage.safeTriage(kase))));
    expect(overlapping).toEqual(sequential);
  });
});
