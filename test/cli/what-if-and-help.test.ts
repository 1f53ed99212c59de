import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';

const fixture = listFixtures().find((f) => f.name === 'chargeback/retrieval-denied-unionpay')!;

describe('dispute-triage triage --what-if', () => {
  it('prints the report followed by the changes that would help most, in the case locale', () => {
    const en = runCli(['triage', '--what-if', fixture.casePath]);
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toContain('Action path');
    expect(en.stdout).toMatch(/What would help most\n {2}1\. /);
    const zh = runCli(['triage', '--what-if', '-'], { input: JSON.stringify({ ...fixture.kase, locale: 'zh-CN' }) });
    expect(zh.stdout).toMatch(/最有帮助的下一步\n {2}1\. /);
  });

  it('prints {baseline, options, unchanged} with --json, the baseline equal to triage --json', () => {
    const out = runCli(['triage', '--what-if', '--json', fixture.casePath]);
    expect(out.status, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout) as {
      baseline: unknown;
      options: Array<{ change: { kind: string }; score: number; summary: string; differences: object }>;
      unchanged: unknown[];
    };
    expect(Object.keys(report)).toEqual(['baseline', 'options', 'unchanged']);
    expect(report.baseline).toEqual(JSON.parse(runCli(['triage', '--json', fixture.casePath]).stdout));
    expect(report.options.length).toBeGreaterThan(0);
    expect(report.options[0]).toEqual({
      change: expect.objectContaining({ kind: expect.any(String) }),
      score: expect.any(Number),
      summary: expect.any(String),
      differences: expect.any(Object),
    });
  });

  it('colours the report only when asked (or on a terminal)', () => {
    expect(runCli(['triage', fixture.casePath]).stdout).not.toContain('\u001b[');
    expect(runCli(['triage', '--color', fixture.casePath]).stdout).toContain('\u001b[1m');
  });
});

describe('dispute-triage --help', () => {
  it.each(['triage', 'batch', 'lint', 'schema'])('explains %s with exit 0', (command) => {
    const out = runCli([command, '--help']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`Usage: dispute-triage ${command}`);
    expect(out.stdout).toContain('--rules <dir>');
  });

  it('lists every command, and exits 2 without one', () => {
    const out = runCli(['--help']);
    expect(out.status).toBe(0);
    for (const command of ['triage', 'batch', 'lint', 'schema']) expect(out.stdout).toContain(`  ${command} `);
    expect(runCli([]).status).toBe(2);
  });

  it('keeps the README free of commands the CLI does not have', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [, command] of readme.matchAll(/dispute-triage (\w[\w-]*)/g))
      expect(['triage', 'batch', 'lint', 'schema', 'draft', 'serve']).toContain(command);
  });
});
