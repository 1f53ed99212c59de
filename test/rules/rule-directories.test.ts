// Rule directories as they are deployed: symlinked partner packs, link loops, Kubernetes ConfigMap
// mounts, oversized files. Every layout is built in a temporary directory from the repo's own files.
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInvalidRulesError, type Issue } from '../../src/index.js';
import { loadRuleFiles, loadRuleSet } from '../../src/node.js';
import { ROOT } from '../support/fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rule-dirs-'));
  dirs.push(dir);
  return dir;
}

const CATALOG = readFileSync(join(ROOT, 'rules', 'catalog', 'core.json'), 'utf8');
const COMMON = readFileSync(join(ROOT, 'rules', 'common.json'), 'utf8');
const PARTNER = readFileSync(join(ROOT, 'test', 'rules', 'partner', 'acme.json'), 'utf8');
const PARTNER_CATALOG = readFileSync(join(ROOT, 'test', 'rules', 'partner', 'catalog', 'acme.json'), 'utf8');
const partnerId = (JSON.parse(PARTNER) as { id: string }).id;

async function loadIssues(run: () => Promise<unknown>): Promise<Issue[]> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isInvalidRulesError(error)) return [...error.issues];
  throw error ?? new Error('expected the rules to be rejected');
}

describe('rule directories with symbolic links', () => {
  it('loads a symlinked pack by its visible name, once', async () => {
    const store = tempDir();
    writeFileSync(join(store, 'acme.json'), PARTNER);
    const dir = tempDir();
    mkdirSync(join(dir, 'catalog'));
    writeFileSync(join(dir, 'catalog', 'core.json'), CATALOG);
    writeFileSync(join(dir, 'common.json'), COMMON);
    symlinkSync(join(store, 'acme.json'), join(dir, 'partner.json'));
    symlinkSync(join(dir, 'partner.json'), join(dir, 'partner-again.json'));
    const files = (await loadRuleFiles(dir)).map((source) => source.file);
    expect(files).toEqual(['catalog/core.json', 'common.json', 'partner-again.json']);
    const partner = tempDir();
    writeFileSync(join(store, 'acme-catalog.json'), PARTNER_CATALOG);
    symlinkSync(join(store, 'acme.json'), join(partner, 'acme.json'));
    symlinkSync(join(store, 'acme-catalog.json'), join(partner, 'acme-catalog.json'));
    expect((await loadRuleSet(partner, { includeDefaults: true })).packs.map((pack) => pack.id)).toContain(partnerId);
  });

  it('follows a symlinked directory and stops at a link loop', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real', 'catalog'), { recursive: true });
    writeFileSync(join(dir, 'real', 'catalog', 'core.json'), CATALOG);
    writeFileSync(join(dir, 'real', 'common.json'), COMMON);
    symlinkSync(join(dir, 'real'), join(dir, 'real', 'loop'));
    symlinkSync(join(dir, 'real'), join(dir, 'real', 'loop-again'));
    const rules = tempDir();
    symlinkSync(join(dir, 'real'), join(rules, 'linked'));
    const files = (await loadRuleFiles(rules)).map((source) => source.file);
    expect(files).toEqual(['linked/catalog/core.json', 'linked/common.json']);
  });

  it('reports a link that points nowhere', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'common.json'), COMMON);
    symlinkSync(join(dir, 'gone.json'), join(dir, 'dangling.json'));
    expect(await loadIssues(() => loadRuleFiles(dir))).toEqual([
      expect.objectContaining({ code: 'broken_link', file: 'dangling.json', path: '' }),
    ]);
  });

  it('loads a Kubernetes ConfigMap mount: visible links into ..data, a link to a timestamped directory', async () => {
    const mount = tempDir();
    const stamp = '..2026_11_05_10_00_00.123456789';
    mkdirSync(join(mount, stamp));
    // ConfigMap keys are flat: the partner's catalog is a key of its own.
    writeFileSync(join(mount, stamp, 'acme-catalog.json'), PARTNER_CATALOG);
    writeFileSync(join(mount, stamp, 'acme.json'), PARTNER);
    symlinkSync(stamp, join(mount, '..data'));
    for (const key of ['acme-catalog.json', 'acme.json']) symlinkSync(join('..data', key), join(mount, key));
    const files = (await loadRuleFiles(mount)).map((source) => source.file);
    expect(files).toEqual(['acme-catalog.json', 'acme.json']);
    const ruleSet = await loadRuleSet(mount, { includeDefaults: true });
    expect(ruleSet.packs.filter((pack) => pack.file.startsWith('acme')).map((pack) => pack.file)).toEqual([
      'acme-catalog.json',
      'acme.json',
    ]);
    expect(ruleSet.rules.map((rule) => rule.id)).toContain('acme.terminal_receipt');
  });
});

describe('rule file sizes', () => {
  it('reports an oversized file against itself and does not count it towards the total', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-small.json'), COMMON);
    const fd = openSync(join(dir, 'b-huge.json'), 'w');
    ftruncateSync(fd, 5 * 1024 * 1024);
    closeSync(fd);
    writeFileSync(join(dir, 'c-next.json'), CATALOG);
    const issues = await loadIssues(() =>
      loadRuleFiles(dir, { maxFileBytes: 4 * 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'limit_exceeded',
        file: 'b-huge.json',
        message: expect.stringContaining('maxFileBytes'),
      }),
    ]);
  });
});
