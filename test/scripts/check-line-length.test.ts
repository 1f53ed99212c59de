// scripts/check-line-length.mjs, run by `npm run lint`: lists every line over 120 characters.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longLines, MAX_LINE_LENGTH } from '../../scripts/check-line-length.mjs';
import { ROOT } from '../support/fixtures.js';

const script = join(ROOT, 'scripts/check-line-length.mjs');

describe('check-line-length', () => {
  it('finds the lines over 120 code points, a line of Chinese measured by its characters', () => {
    expect(MAX_LINE_LENGTH).toBe(120);
    const text = ['ok', 'x'.repeat(120), 'y'.repeat(121), '中'.repeat(120), `  '${'中'.repeat(118)}',`].join('\n');
    expect(longLines(text)).toEqual([
      { line: 3, length: 121 },
      { line: 5, length: 123 },
    ]);
    expect(longLines('a\r\nbbbb\r\n', 3)).toEqual([{ line: 2, length: 4 }]);
  });

  it('exits 1 listing file:line (length) for a directory with a long line, and 0 when all fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'line-length-'));
    mkdirSync(join(dir, 'deep'));
    writeFileSync(join(dir, 'fine.ts'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'deep', 'long.ts'), `// short\nexport const b = '${'b'.repeat(130)}';\n`);
    writeFileSync(join(dir, 'notes.md'), 'm'.repeat(200));
    const failed = spawnSync(process.execPath, [script, dir], { cwd: dir, encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`${join('deep', 'long.ts')}:2 (150)`);
    expect(failed.stderr).not.toMatch(/fine\.ts|notes\.md/);
    expect(failed.stderr).toContain('1 line too long');
    const clean = mkdtempSync(join(tmpdir(), 'line-length-'));
    writeFileSync(join(clean, 'fine.ts'), 'export const a = 1;\n');
    const ok = spawnSync(process.execPath, [script, clean], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
  });
});
