import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';

const fixture = listFixtures().find((f) => f.name === 'chargeback/retrieval-denied-unionpay')!;

describe('dispute-triage triage', () => {
  it('prints a readable report in the case locale', () => {
    const out = runCli(['triage', fixture.casePath]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('Action path');
    expect(out.stdout).toContain('Submit the defence through the acquirer');
  });

  it('prints the same JSON as the committed golden with --json, reading the case from stdin', () => {
    const out = runCli(['triage', '--json', '-'], { input: readFileSync(fixture.casePath, 'utf8') });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(readFileSync(fixture.expectedPath, 'utf8'));
  });

  it('exits 1 with the JSON path on stderr for an invalid case', () => {
    const out = runCli(['triage', '-'], {
      input: JSON.stringify({ id: 'x', scenario: 'chargeback', asOf: '2026-01-01', dispute: { stage: 'won' } }),
    });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('/dispute/stage');
  });

  it('exits 1 for input that is not JSON and 2 for a usage error', () => {
    expect(runCli(['triage', '-'], { input: '{nope' }).status).toBe(1);
    expect(runCli(['triage']).status).toBe(2);
    expect(runCli(['frobnicate']).status).toBe(2);
  });
});
