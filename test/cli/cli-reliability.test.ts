// The command line against careless input: --as-of on any host, oversized input, wrong path
// kinds, control characters in case text, and a partner pack with a one-character typo.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-reliability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KASE = { id: 'c1', scenario: 'chargeback', dispute: { stage: 'retrieval', noticeAt: '2026-11-03' } };

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const caseFile = file('case.json', KASE);
const utcCaseFile = file('utc-case.json', { ...KASE, timeZone: 'UTC' });

function asOfOf(stdout: string): string {
  return (JSON.parse(stdout) as { asOf: string }).asOf;
}

function expectOneLineUsage(out: { status: number | null; stderr: string; stdout: string }, mention: string): void {
  expect(out.status, out.stderr).toBe(2);
  expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(out.stderr).toContain(mention);
  expect(out.stderr).not.toMatch(/\n\s+at /);
}

describe('--as-of', () => {
  for (const tz of ['Asia/Shanghai', 'UTC', 'America/New_York']) {
    it(`reads a local date-time in the case's zone, never the host's (TZ=${tz})`, () => {
      const out = runCli(['triage', '--json', '--as-of', '2026-11-05T10:00', caseFile], { env: { TZ: tz } });
      expect(out.status, out.stderr).toBe(0);
      expect(asOfOf(out.stdout)).toBe('2026-11-05T10:00:00+08:00');
      const utc = runCli(['triage', '--json', '--as-of', '2026-11-05T10:00:30', utcCaseFile], { env: { TZ: tz } });
      expect(asOfOf(utc.stdout)).toBe('2026-11-05T10:00:30Z');
    });
  }

  it('takes an instant with an offset as that instant, and a plain date as the start of the day in the case zone', () => {
    expect(asOfOf(runCli(['triage', '--json', '--as-of', '2026-11-05T02:00:00Z', caseFile]).stdout)).toBe(
      '2026-11-05T10:00:00+08:00',
    );
    expect(asOfOf(runCli(['triage', '--json', '--as-of', '2026-11-05', utcCaseFile]).stdout)).toBe(
      '2026-11-05T00:00:00Z',
    );
  });

  it('applies the local form to each batch line in its own zone', () => {
    const out = runCli(['batch', '--as-of', '2026-11-05T10:00'], {
      input: `${JSON.stringify(KASE)}\n${JSON.stringify({ ...KASE, timeZone: 'UTC' })}\n`,
    });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.trim().split('\n').map(asOfOf)).toEqual(['2026-11-05T10:00:00+08:00', '2026-11-05T10:00:00Z']);
  });

  for (const text of ['Nov 5 2026', '2026-11-05 10:00', '2026-13-01', '2026-11-05T25:00', '1793844000000', '']) {
    it(`refuses ${JSON.stringify(text)} with a one-line usage error naming the flag`, () => {
      expectOneLineUsage(runCli(['triage', '--as-of', text, caseFile]), '--as-of');
      expectOneLineUsage(runCli(['batch', '--as-of', text], { input: '' }), '--as-of');
    });
  }
});

describe('input size limit', () => {
  const padded = { ...KASE, asOf: '2026-11-05T10:00:00+08:00', padding: 'x'.repeat(5000) };
  it('refuses a triage input above --max-input-bytes, from a file and from standard input, in one line', () => {
    const big = file('big.json', padded);
    for (const out of [
      runCli(['triage', '--max-input-bytes', '1000', big]),
      runCli(['triage', '--max-input-bytes', '1000', '-'], { input: JSON.stringify(padded) }),
    ]) {
      expect(out.status, out.stderr).toBe(1);
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(out.stderr).toContain('--max-input-bytes');
    }
  });

  it('applies the same limit to each batch line', () => {
    const out = runCli(['batch', '--max-input-bytes', '1000'], {
      input: `${JSON.stringify(padded)}\n${JSON.stringify({ ...KASE, asOf: '2026-11-05T10:00:00+08:00' })}\n`,
    });
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ok?: boolean; asOf?: string; issues?: Array<{ code: string }> });
    expect(lines[0]).toMatchObject({ ok: false, issues: [{ code: 'line_too_long' }] });
    expect(lines[1]!.asOf).toBeDefined();
    expectOneLineUsage(runCli(['batch', '--max-input-bytes', '0'], { input: '' }), '--max-input-bytes');
  });
});

describe('wrong path kinds', () => {
  it('are one-line usage errors, exit 2, no stack', () => {
    expectOneLineUsage(runCli(['lint', caseFile]), 'is not a directory');
    expectOneLineUsage(runCli(['batch', dir]), 'is a directory');
    expectOneLineUsage(runCli(['triage', dir]), 'is a directory');
    expectOneLineUsage(runCli(['triage', '--rules', caseFile, caseFile]), '--rules');
  });
});

describe('the readable report', () => {
  it('shows control characters in case text escaped', () => {
    const hostile = file('hostile-id.json', {
      ...KASE,
      asOf: '2026-11-05T10:00:00+08:00',
      id: 'c1\u001b[2J\u001b]0;pwned\u0007\nFAKE LINE\u202e',
    });
    const out = runCli(['triage', '--no-color', hostile]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(out.stdout).toContain('c1\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{a}FAKE LINE\\u{202e}');
    expect(out.stdout.split('\n').some((line) => line.startsWith('FAKE LINE'))).toBe(false);
  });
});

describe('a partner pack with a one-character typo', () => {
  it('is refused when loading (exit 1, file and pointer), not a stack trace on every case', () => {
    const rules = join(dir, 'typo-rules');
    mkdirSync(rules);
    const rule = {
      id: 'typo.rule',
      description: { 'zh-CN': '错', en: 'typo' },
      sources: ['S1'],
      confidence: 'uncertain',
      priority: 1,
      conditions: { all: [{ fact: 'stage', operator: 'in', value: null }] },
      outcome: {},
    };
    writeFileSync(
      join(rules, 'typo.json'),
      JSON.stringify({
        kind: 'rules',
        id: 'typo',
        version: '1.0.0',
        title: { 'zh-CN': '错', en: 'typo' },
        rules: [rule],
      }),
    );
    for (const out of [
      runCli(['triage', '--rules', rules, '--as-of', '2026-11-05', caseFile]),
      runCli(['lint', '--rules', rules]),
      runCli(['batch', '--rules', rules], { input: JSON.stringify(KASE) }),
    ]) {
      expect(out.status, out.stderr).toBe(1);
      expect(out.stderr).toMatch(
        /typo\.json: typo\.rule: \/rules\/0\/conditions\/all\/0\/value: "in" expects an array/,
      );
      expect(out.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
