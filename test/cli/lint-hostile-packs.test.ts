import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/index.js';
import { runCli } from '../support/cli.js';
import { BASE_FILES, hostilePacks, type HostilePack } from '../support/hostile-rule-packs.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function rulesDir(files: ReadonlyArray<{ file: string; text: string | Buffer }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-hostile-'));
  dirs.push(dir);
  for (const { file, text } of [...BASE_FILES, ...files]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function expectReported(issues: readonly Issue[], pack: Pick<HostilePack, 'file' | 'code' | 'path'>): void {
  const path = typeof pack.path === 'string' ? pack.path : expect.stringMatching(pack.path);
  // lint names files by their directory too: /tmp/…/hostile-03.json.
  const file = expect.stringMatching(new RegExp(`/${pack.file.replace(/\./g, '\\.')}$`));
  expect(issues, pack.file).toContainEqual(expect.objectContaining({ file, code: pack.code, path }));
}

// Packs the loader's guard turns away, packs the schema rejects and packs the compiler's checks
// reject: lint reads each group in one run (each stage stops before the next, so they are linted apart).
const packs = hostilePacks();
const guarded = packs.filter((p) => p.code === 'forbidden_key' || p.code === 'limit_exceeded');
const malformed = packs.filter((p) => p.code === 'invalid_type' || p.code === 'too_big');
const checked = packs.filter((p) => !guarded.includes(p) && !malformed.includes(p));

describe('dispute-triage lint on hostile rule packs', () => {
  it(`reports each of ${guarded.length} guarded packs plus unreadable files with file and pointer, exit 1`, () => {
    const dir = rulesDir([
      ...guarded,
      { file: 'broken.json', text: '{"kind":' },
      { file: 'latin1.json', text: Buffer.from([0x7b, 0xff, 0x7d]) },
    ]);
    const fd = openSync(join(dir, 'huge.json'), 'w');
    ftruncateSync(fd, 30 * 1024 * 1024);
    closeSync(fd);
    const out = runCli(['lint', '--json', dir]);
    expect(out.status, out.stderr).toBe(1);
    const { issues } = JSON.parse(out.stdout) as { issues: Issue[] };
    for (const pack of guarded) expectReported(issues, pack);
    expectReported(issues, { file: 'broken.json', code: 'invalid_json', path: '' });
    expectReported(issues, { file: 'latin1.json', code: 'invalid_utf8', path: '' });
    expectReported(issues, { file: 'huge.json', code: 'limit_exceeded', path: '' });
    expect(out.stderr).toMatch(/lint: \d+ problems/);
  });

  for (const [what, group] of [
    ['the schema rejects', malformed],
    ["the compiler's checks reject", checked],
  ] as const) {
    it(`reports each of ${group.length} packs ${what}, with file and pointer, exit 1`, () => {
      const out = runCli(['lint', '--json', rulesDir(group)]);
      expect(out.status, out.stderr).toBe(1);
      const { issues } = JSON.parse(out.stdout) as { issues: Issue[] };
      for (const pack of group) expectReported(issues, pack);
    });
  }

  it('prints problems as file: pointer: message on standard error, nothing on standard output', () => {
    const pack = packs.find((p) => p.code === 'forbidden_key' && p.path === '/__proto__')!;
    const out = runCli(['lint', rulesDir([pack])]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(
      new RegExp(`${pack.file}: /__proto__: the key "__proto__" is not allowed in rule files`),
    );
  });
});
