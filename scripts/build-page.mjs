#!/usr/bin/env node
// Builds the support-desk page: one HTML file plus one classic script (so it also works opened from
// disk, where module scripts are refused), with the README's worked example cases embedded and a
// Content-Security-Policy that lets nothing leave the page's origin.
//
//   node scripts/build-page.mjs [--outdir <dir>]      (default: dist/page)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PAGE_SCRIPT = 'triage-page.js';

/** The README's worked examples: every `$ dispute-triage triage <fixture>` line. */
export function readPageExamples() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const files = [...readme.matchAll(/^\$ dispute-triage triage (fixtures\/\S+\.case\.json)/gm)].map((m) => m[1]);
  return [...new Set(files)].map((file) => {
    const kase = JSON.parse(readFileSync(join(root, file), 'utf8'));
    return { name: `${kase.id} (${file.split('/')[1]})`, case: kase, file };
  });
}

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Writes index.html and the page script into `outdir`; returns their paths and sizes. */
export async function buildPage({ outdir = join(root, 'dist/page') } = {}) {
  mkdirSync(outdir, { recursive: true });
  const examples = readPageExamples().map(({ name, case: kase }) => ({ name, case: kase }));
  const script = join(outdir, PAGE_SCRIPT);
  await build({
    entryPoints: [join(root, 'src/page/app.ts')],
    outfile: script,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { __PAGE_EXAMPLES__: JSON.stringify(examples) },
    logLevel: 'error',
  });
  const style = readFileSync(join(root, 'src/page/page.css'), 'utf8');
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${hash(style)}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = readFileSync(join(root, 'src/page/page.html'), 'utf8')
    .replace('{{CSP}}', csp)
    .replace('{{STYLE}}', style);
  const index = join(outdir, 'index.html');
  writeFileSync(index, html);
  return { index, script, csp, htmlBytes: html.length, scriptBytes: readFileSync(script).length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  const built = await buildPage({ outdir: values.outdir && resolve(values.outdir) });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${built.index.replace(root, '')}: ${kb(built.htmlBytes)}; ${built.script.replace(root, '')}: ${kb(built.scriptBytes)}`,
  );
}
