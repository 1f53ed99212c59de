#!/usr/bin/env node
// Packs the package as npm would publish it and lints the tarball, not the working tree: publint
// (package.json fields, exports, files) in strict mode and @arethetypeswrong/cli (types for every
// entry under node10, node16 from CJS and from ESM, and bundler resolution). Run after `npm run build`.
// Exits 1 when either reports a problem.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);

function run(command, args) {
  console.log(`\n$ ${[command, ...args].map((a) => a.replace(root, '')).join(' ')}`);
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (error) throw error;
  return status ?? 1;
}

function checkTarball(dir) {
  const packed = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  if (packed.status !== 0) {
    process.stderr.write(packed.stderr);
    return 1;
  }
  const [{ filename, files }] = JSON.parse(packed.stdout);
  const tarball = join(dir, filename);
  console.log(`packed ${filename}: ${files.length} files`);
  if (!files.some((f) => f.path === 'dist/index.js')) {
    console.error('dist/index.js is not in the tarball: run `npm run build` first');
    return 1;
  }
  const failures = [run(bin('publint'), ['run', tarball, '--strict']), run(bin('attw'), [tarball])].filter(
    (status) => status !== 0,
  );
  return failures.length === 0 ? 0 : 1;
}

const dir = mkdtempSync(join(tmpdir(), 'pos-dispute-triage-pack-'));
try {
  process.exitCode = checkTarball(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
