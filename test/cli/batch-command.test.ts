import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'batch-test-'));
const fixtures = listFixtures().slice(0, 4);
const line = (i: number) => JSON.stringify(fixtures[i % fixtures.length]!.kase);
const single = new Map<number, string>();
/** What `triage --json` of the same build prints for a fixture, as batch prints it: one line. */
const resultLine = (i: number) => {
  const k = i % fixtures.length;
  if (!single.has(k))
    single.set(k, JSON.stringify(JSON.parse(runCli(['triage', '--json', fixtures[k]!.casePath]).stdout)));
  return single.get(k)!;
};
const lines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('dispute-triage batch', () => {
  it('answers every line in input order: results for good cases, error lines for bad ones, exit 1', () => {
    const input = `${[
      line(0),
      '{"id":"bad-1","scenario":"chargeback","asOf":"2026-11-05","dispute":{"stage":"won"}}',
      line(1),
      'not json',
      line(2),
    ].join('\n')}\n`;
    const out = runCli(['batch', file('mixed.ndjson', input)]);
    expect(out.status).toBe(1);
    const got = lines(out.stdout);
    expect(got).toHaveLength(5);
    expect(got[0]).toBe(resultLine(0));
    expect(JSON.parse(got[1]!)).toEqual({
      line: 2,
      ok: false,
      caseId: 'bad-1',
      issues: [expect.objectContaining({ code: 'unknown_id', path: '/dispute/stage' })],
    });
    expect(got[2]).toBe(resultLine(1));
    expect(JSON.parse(got[3]!)).toEqual({
      line: 4,
      ok: false,
      issues: [expect.objectContaining({ code: 'invalid_json', path: '' })],
    });
    expect(got[4]).toBe(resultLine(2));
    expect(out.stderr).toBe('batch: 5 cases, 3 ok, 2 failed\n');
  });

  it('reads standard input with - or no file, and exits 0 when every line is a valid case', () => {
    const input = `${[0, 1, 2, 3].map(line).join('\n')}\n`;
    for (const args of [['batch', '-'], ['batch']]) {
      const out = runCli(args, { input });
      expect(out.status, out.stderr).toBe(0);
      expect(lines(out.stdout)).toEqual([0, 1, 2, 3].map(resultLine));
    }
  });

  it('keeps input order whatever the concurrency', () => {
    const input = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? '{"id":"x"}' : line(i))).join('\n');
    const path = file('order.ndjson', input);
    const one = runCli(['batch', path, '--concurrency', '1']);
    const many = runCli(['batch', path, '--concurrency', '64']);
    expect(many.stdout).toBe(one.stdout);
    expect(lines(many.stdout).map((l) => (JSON.parse(l) as { caseId?: string; line?: number }).line ?? 'ok')).toEqual(
      Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? i + 1 : 'ok')),
    );
  });

  it('accepts a byte-order mark and CRLF, skips blank lines and counts them in line numbers', () => {
    const input =
      '\uFEFF' +
      line(0) +
      '\r\n\r\n   \r\n' +
      '{"id":"crlf","scenario":"nope","asOf":"2026-01-01"}\r\n' +
      line(1) +
      '\r\n';
    const out = runCli(['batch', '-'], { input });
    const got = lines(out.stdout);
    expect(got).toHaveLength(3);
    expect(got[0]).toBe(resultLine(0));
    expect(JSON.parse(got[1]!)).toMatchObject({ line: 4, ok: false, caseId: 'crlf' });
    expect(got[2]).toBe(resultLine(1));
  });

  it('answers a truncated last line (no newline, cut JSON) with an error line, and reads a complete one', () => {
    const truncated = runCli(['batch', file('truncated.ndjson', `${line(0)}\n${line(1).slice(0, 40)}`)]);
    expect(truncated.status).toBe(1);
    expect(JSON.parse(lines(truncated.stdout)[1]!)).toMatchObject({
      line: 2,
      ok: false,
      issues: [{ code: 'invalid_json' }],
    });
    const complete = runCli(['batch', file('no-final-newline.ndjson', `${line(0)}\n${line(1)}`)]);
    expect(complete.status).toBe(0);
    expect(lines(complete.stdout)).toEqual([resultLine(0), resultLine(1)]);
  });

  it('skips a line over --max-line-bytes without reading it into memory, and goes on', () => {
    const huge = `{"id":"huge","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
    const out = runCli(['batch', file('huge.ndjson', `${[line(0), huge, line(1)].join('\n')}\n`)]);
    const got = lines(out.stdout);
    expect(got).toHaveLength(3);
    expect(JSON.parse(got[1]!)).toMatchObject({ line: 2, ok: false, issues: [{ code: 'line_too_long' }] });
    expect(got[2]).toBe(resultLine(1));
    const small = runCli(['batch', '--max-line-bytes', '100', file('small-limit.ndjson', `${line(0)}\n`)]);
    expect(JSON.parse(lines(small.stdout)[0]!)).toMatchObject({ line: 1, issues: [{ code: 'line_too_long' }] });
  });

  it('reads a huge line under the limit as a case (here: one the schema rejects)', () => {
    const big = JSON.stringify({ ...fixtures[0]!.kase, transaction: { reference: 'r'.repeat(3 * 1024 * 1024) } });
    const out = runCli(['batch', file('big-line.ndjson', `${big}\n${line(1)}\n`)]);
    const got = lines(out.stdout);
    expect(JSON.parse(got[0]!)).toMatchObject({ line: 1, ok: false, issues: [{ path: '/transaction/reference' }] });
    expect(got[1]).toBe(resultLine(1));
  });

  it('answers a line that is not UTF-8 with an error line', () => {
    const out = runCli([
      'batch',
      file(
        'latin1.ndjson',
        Buffer.concat([
          Buffer.from('{"id":"caf'),
          Buffer.from([0xe9]),
          Buffer.from('"}\n'),
          Buffer.from(`${line(0)}\n`),
        ]),
      ),
    ]);
    const got = lines(out.stdout);
    expect(JSON.parse(got[0]!)).toMatchObject({ line: 1, ok: false, issues: [{ code: 'invalid_utf8' }] });
    expect(got[1]).toBe(resultLine(0));
  });

  it('stops quietly when the reader closes the pipe (batch … | head -1)', async () => {
    const path = file('big.ndjson', `${Array.from({ length: 3000 }, (_, i) => line(i)).join('\n')}\n`);
    const child = spawn(process.execPath, [CLI, 'batch', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    child.stdout.destroy();
    const [code] = await once(child, 'exit');
    expect(first.toString().startsWith('{"caseId"')).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" batch "${path}" | head -1`], {
      encoding: 'utf8',
    });
    expect(shell.stdout).toBe(`${resultLine(0)}\n`);
    expect(shell.stderr).toBe('');
  });

  it('exits 1 for a missing file and 2 for usage errors, and explains the line shapes in --help', () => {
    expect(runCli(['batch', join(dir, 'missing.ndjson')]).status).toBe(1);
    expect(runCli(['batch', 'a', 'b']).status).toBe(2);
    expect(runCli(['batch', '--concurrency', '0'], { input: '' }).status).toBe(2);
    const help = runCli(['batch', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('{"line":N,"ok":false');
  });
});
