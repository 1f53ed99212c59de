// `batch --workers N` answers on worker threads and `batch --shard I/N` answers one slice: both must
// print exactly what the single-process batch prints (for the slice: its lines of it), byte for byte.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCases } from '../../scripts/generate-cases.mjs';
import { defaultRules } from '../../src/index.js';
import { CLI, runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'batch-workers-test-'));
const write = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const BAD = [
  'not json',
  '',
  '{"id":"bad-stage","scenario":"chargeback","asOf":"2026-11-05","dispute":{"stage":"won"}}',
  '[1,2]',
  '   ',
];
/** Good lines with bad and blank ones in between, so error lines carry their line numbers. */
const mixed = (good: string[]) =>
  good.flatMap((line, i) => (i % 9 === 4 ? [BAD[((i / 9) % BAD.length) | 0]!, line] : [line]));
const fixtureFile = write('fixtures.ndjson', mixed(listFixtures().map((f) => JSON.stringify(f.kase))));
const generatedFile = write(
  'generated.ndjson',
  mixed(generateCases(defaultRules(), { count: 700, seed: 16 }).map((c) => JSON.stringify(c))),
);

describe('dispute-triage batch --workers', () => {
  it('hands the workers every option the main thread uses: a local --as-of, --param and --calendar', () => {
    const noAsOf = write(
      'no-as-of.ndjson',
      listFixtures()
        .slice(0, 40)
        .map(({ kase }) => {
          const { asOf: _asOf, ...rest } = kase as Record<string, unknown>;
          return JSON.stringify(rest);
        }),
    );
    const flags = [
      '--as-of',
      '2026-12-28T10:00',
      '--param',
      'customer_reply_days=4',
      '--calendar',
      'fixtures/calendar/cn-2027-example.json',
    ];
    const single = runCli(['batch', '--workers', '0', ...flags, noAsOf]);
    expect(single.stdout.split('\n').length).toBeGreaterThan(40);
    const pooled = runCli(['batch', '--workers', '2', ...flags, noAsOf]);
    expect(pooled.stderr).toBe(single.stderr);
    expect(pooled.stdout === single.stdout, 'workers differ from the main thread').toBe(true);
    // The options took effect: the local time is read in each case's zone, not the host's.
    expect(single.stdout).toContain('"asOf":"2026-12-28T10:00:00+08:00"');
  });

  for (const [name, path] of [
    ['the fixture cases', fixtureFile],
    ['generated cases', generatedFile],
  ] as const) {
    it(`prints what the main thread prints, byte for byte, on ${name}`, () => {
      const single = runCli(['batch', '--workers', '0', path]);
      expect(single.status).toBe(1);
      expect(single.stdout.split('\n').length).toBeGreaterThan(100);
      for (const workers of ['1', '2', '3']) {
        const out = runCli(['batch', '--workers', workers, path]);
        expect(out.status, out.stderr).toBe(1);
        expect(out.stderr).toBe(single.stderr);
        expect(out.stdout === single.stdout, `--workers ${workers} differs`).toBe(true);
      }
    });
  }

  it('stops quietly when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, [CLI, 'batch', '--workers', '2', generatedFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = await once(child, 'exit');
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });
});

describe('dispute-triage batch --shard', () => {
  it('splits the input into disjoint slices by line index modulo N whose union is the whole output', () => {
    const whole = runCli(['batch', '--workers', '0', generatedFile]).stdout.split('\n').filter(Boolean);
    const input = mixed(generateCases(defaultRules(), { count: 700, seed: 16 }).map((c) => JSON.stringify(c)));
    const answered = input.map((line, i) => ({ line, i })).filter(({ line }) => line.trim() !== '');
    expect(answered).toHaveLength(whole.length);
    const count = 3;
    const slices = Array.from({ length: count }, (_, shard) =>
      runCli(['batch', '--shard', `${shard}/${count}`, '--workers', shard === 1 ? '2' : '0', generatedFile]),
    );
    const rebuilt: string[] = [];
    const next = slices.map(() => 0);
    for (const { i } of answered) {
      const shard = i % count;
      rebuilt.push(slices[shard]!.stdout.split('\n')[next[shard]!]!);
      next[shard]! += 1;
    }
    expect(rebuilt).toEqual(whole);
    for (const [shard, slice] of slices.entries()) {
      expect(slice.stdout.split('\n').filter(Boolean)).toHaveLength(next[shard]!);
    }
  });

  it('rejects a malformed --shard or --workers as a usage error', () => {
    for (const args of [
      ['--shard', '3/3'],
      ['--shard', '1'],
      ['--shard', '-1/2'],
      ['--shard', '0/0'],
      ['--workers', '-1'],
      ['--workers', 'two'],
      ['--workers', ''],
    ]) {
      const out = runCli(['batch', ...args, fixtureFile]);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr).toContain(args[0]);
    }
  });
});
