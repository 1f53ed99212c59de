import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const PACKS = join(import.meta.dirname, 'packs');
const broken = readdirSync(PACKS)
  .filter((name) => name !== '_base')
  .sort();

/** Lines of expected.txt; a line ending in "…" only fixes its beginning (the rest names lists or engine messages). */
function matchesExpected(actual: string[], expected: string[]): boolean {
  return (
    actual.length === expected.length &&
    expected.every((line, i) => (line.endsWith('…') ? actual[i]!.startsWith(line.slice(0, -1)) : actual[i] === line))
  );
}

describe('dispute-triage lint', () => {
  it('passes the clean base pack with exit 0 and a one-line summary', () => {
    const out = runCli(['lint', '_base'], { cwd: PACKS });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toBe('lint: 2 files in _base, no problems\n');
    expect(out.stdout).toBe('');
  });

  it('has at least ten deliberately broken packs', () => {
    expect(broken.length).toBeGreaterThanOrEqual(10);
  });

  it.each(broken)('reports the broken pack %s as file: rule id: JSON pointer: message, exit 1', (name) => {
    const out = runCli(['lint', '_base', name], { cwd: PACKS });
    const expected = readFileSync(join(PACKS, name, 'expected.txt'), 'utf8')
      .trimEnd()
      .split('\n');
    const problems = out.stderr.trimEnd().split('\n');
    expect(problems.pop()).toMatch(new RegExp(`^lint: ${expected.length} problems? in _base, ${name}$`));
    expect(
      matchesExpected(problems, expected),
      `expected:\n${expected.join('\n')}\nactual:\n${problems.join('\n')}`,
    ).toBe(true);
    expect(out.status).toBe(1);
  });

  it('lints partner packs on top of the bundled rules with --rules, and prints issues as JSON with --json', () => {
    const out = runCli(['lint', '--json', '--rules', join(PACKS, 'foreign-rule-id')]);
    expect(out.status).toBe(1);
    const { issues } = JSON.parse(out.stdout) as {
      issues: Array<{ code: string; file: string; rule?: string; path: string }>;
    };
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'foreign_rule_id',
        rule: 'talk.first',
        path: '/rules/0/id',
        file: expect.stringMatching(/foreign-rule-id\/acme\.json$/),
      }),
    );
  });

  it('finds no problem in the bundled rules', () => {
    const out = runCli(['lint']);
    expect(out.stderr).toMatch(/^lint: \d+ files in rules, no problems\n$/);
    expect(out.status).toBe(0);
  });

  it('answers a usage error with exit 2 and help for --help', () => {
    expect(runCli(['lint', '--no-default-rules']).status).toBe(2);
    const help = runCli(['lint', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: dispute-triage lint');
  });

  it('exits 1 naming a directory that does not exist', () => {
    const out = runCli(['lint', 'no-such-dir']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('no-such-dir');
  });
});
