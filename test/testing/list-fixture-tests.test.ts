import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureMismatchError, listFixtureTests } from '../../src/testing.js';
import { listFixtures } from '../support/fixtures.js';

function copyOfFixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-tests-'));
  for (const fixture of listFixtures().slice(0, 2)) cpSync(fixture.casePath, join(dir, `${fixture.name}.case.json`));
  writeFileSync(join(dir, 'broken.case.json'), JSON.stringify({ id: 'b', scenario: 'nope', asOf: '2026-01-01' }));
  return dir;
}

describe('listFixtureTests', () => {
  it('writes the missing expected results on the first run, then matches them', async () => {
    const dir = copyOfFixtures();
    const tests = listFixtureTests(dir);
    expect(tests.map((t) => t.name)).toEqual(
      [
        'broken',
        ...listFixtures()
          .slice(0, 2)
          .map((f) => f.name),
      ].sort(),
    );
    expect(await Promise.all(tests.map((t) => t.run()))).toEqual(['written', 'written', 'written']);
    expect(JSON.parse(readFileSync(join(dir, 'broken.expected.json'), 'utf8'))).toMatchObject({
      issues: [{ path: '/scenario' }],
    });
    expect(await Promise.all(listFixtureTests(dir, { writeMissing: false }).map((t) => t.run()))).toEqual([
      'matched',
      'matched',
      'matched',
    ]);
  });

  it('fails on a difference with a readable line diff, and accepts it in update mode', async () => {
    const dir = copyOfFixtures();
    await Promise.all(listFixtureTests(dir).map((t) => t.run()));
    const [, first] = listFixtureTests(dir);
    const golden = readFileSync(first!.expectedPath, 'utf8');
    writeFileSync(first!.expectedPath, golden.replace(/"severity": "(\w+)"/, '"severity": "trivial"'));
    const error = await first!.run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FixtureMismatchError);
    const message = (error as Error).message;
    expect(message).toContain('-   "severity": "trivial",');
    expect(message).toMatch(/\+ {3}"severity": "(low|medium|high|critical)",/);
    expect(message).toMatch(/@@ line \d+ @@/);
    expect((error as FixtureMismatchError).actual).toBe(golden);
    expect(await listFixtureTests(dir, { update: true })[1]!.run()).toBe('updated');
    expect(readFileSync(first!.expectedPath, 'utf8')).toBe(golden);
  });

  it('leaves omitted fields out, and fails for a missing expected file when writeMissing is false', async () => {
    const dir = copyOfFixtures();
    const [, first] = listFixtureTests(dir, { omit: ['ruleset', 'explanation'] });
    await first!.run();
    const written = JSON.parse(readFileSync(first!.expectedPath, 'utf8')) as Record<string, unknown>;
    expect(written).not.toHaveProperty('ruleset');
    expect(written).not.toHaveProperty('explanation');
    const [broken] = listFixtureTests(dir, { writeMissing: false });
    await expect(broken!.run()).rejects.toThrow('is missing');
    expect(existsSync(broken!.expectedPath)).toBe(false);
  });
});
