#!/usr/bin/env node
// Bundles the package for the browser, as a partner's bundler would: one minified ES module per entry
// plus chunks, platform browser, so dependencies resolve to their `browser` builds (jsonpath-plus) and
// any Node built-in that leaked into the graph fails the build. Two entries are measured:
// - `pos-dispute-triage/browser` (dist/browser.js), which bundles no rules: what loads with the page
//   (held to the budget), each lazily loaded chunk, and the rules it fetches at run time
//   (dist/rules.json, `pos-dispute-triage/rules.json`), gzipped;
// - the root entry (dist/index.js, the default rules bundled), one line for comparison.
// Run after `npm run build`.
//
//   node scripts/build-browser.mjs [--outfile <path>] [--budget <gzipped KB>] [--check]
// --outfile names the browser entry's bundle; --check exits 1 when what the browser entry loads with
// the page is over the budget (gzipped).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BROWSER_BUNDLE = join(root, '.tmp/browser/pos-dispute-triage.js');
export const BROWSER_ENTRY_BUNDLE = join(root, '.tmp/browser-entry/pos-dispute-triage-browser.js');
export const RULES_JSON = join(root, 'dist/rules.json');
export const BUDGET_GZIP_BYTES = 100 * 1024;
const ENTRIES = { index: 'dist/index.js', browser: 'dist/browser.js' };

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The package an input file of the bundle belongs to (`pos-dispute-triage` for its own code). */
function packageOf(input) {
  if (!input.includes('node_modules/')) return 'pos-dispute-triage';
  const inPackage = input.split('node_modules/').pop();
  return inPackage
    .split('/')
    .slice(0, inPackage.startsWith('@') ? 2 : 1)
    .join('/');
}

/** Which package (or `pos-dispute-triage` itself) the output bytes of `paths` came from, largest first. */
function bytesByPackage(metafile, paths) {
  const totals = {};
  for (const path of paths) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[path].inputs)) {
      const name = packageOf(input);
      totals[name] = (totals[name] ?? 0) + bytesInOutput;
    }
  }
  return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]));
}

/** The outputs the entry imports statically (they load with the page); the rest load on first use. */
function upFrontOutputs(metafile) {
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const imported of metafile.outputs[path].imports)
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint !== undefined));
  return upFront;
}

/**
 * Writes the browser bundle of one entry (the entry file plus lazily loaded chunks, e.g.
 * json-rules-engine for `evaluator: 'json-rules-engine'`) and returns the sizes of what a page loads
 * up front and of each lazy chunk.
 */
export async function buildBrowserBundle({ outfile, entry = 'index' } = {}) {
  const target = outfile ?? (entry === 'browser' ? BROWSER_ENTRY_BUNDLE : BROWSER_BUNDLE);
  const input = join(root, ENTRIES[entry]);
  if (!existsSync(input)) throw new Error(`${ENTRIES[entry]} is missing: run \`npm run build\` first`);
  const { metafile } = await build({
    entryPoints: { [basename(target, '.js')]: input },
    outdir: dirname(target),
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'error',
  });
  const upFront = upFrontOutputs(metafile);
  const outputs = Object.keys(metafile.outputs).filter((path) => path.endsWith('.js'));
  const read = (path) => readFileSync(resolve(process.cwd(), path));
  const size = (paths) => {
    const text = Buffer.concat(paths.map(read));
    return [text.length, gzipSize(text)];
  };
  const lazy = outputs.filter((path) => !upFront.has(path));
  const [bytes, gzipBytes] = size(outputs.filter((path) => upFront.has(path)));
  const [lazyBytes, lazyGzipBytes] = size(lazy);
  return {
    entry,
    outfile: target,
    files: outputs.map((path) => resolve(process.cwd(), path)),
    bytes,
    gzipBytes,
    lazyBytes,
    lazyGzipBytes,
    lazyChunks: lazy.map((path) => ({
      file: resolve(process.cwd(), path),
      bytes: read(path).length,
      gzipBytes: gzipSize(read(path)),
      byPackage: bytesByPackage(metafile, [path]),
    })),
    byPackage: bytesByPackage(metafile, [...upFront]),
  };
}

/** The size of the rules JSON the browser entry fetches (dist/rules.json), as served and gzipped. */
export function measureRulesJson(path = RULES_JSON) {
  if (!existsSync(path)) throw new Error('dist/rules.json is missing: run `npm run build` first');
  const text = readFileSync(path);
  return { file: path, bytes: text.length, gzipBytes: gzipSize(text) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const largest = (byPackage) =>
  Object.entries(byPackage)
    .slice(0, 3)
    .map(([name, size]) => `${name} ${kb(size)}`)
    .join(', ');

/** The report's lines: the browser entry in full, the root entry in one line. */
function reportLines(browser, rules, index, budget) {
  return [
    `pos-dispute-triage/browser ${browser.outfile.replace(root, '')}: ${kb(browser.bytes)} minified, ` +
      `${kb(browser.gzipBytes)} gzipped loaded with the page (budget ${kb(budget)} gzipped)`,
    ...Object.entries(browser.byPackage).map(([name, size]) => `  ${kb(size).padStart(9)}  ${name}`),
    ...browser.lazyChunks.map(
      (chunk) =>
        `  lazy chunk ${basename(chunk.file)}: ${kb(chunk.bytes)} minified, ${kb(chunk.gzipBytes)} gzipped, ` +
        `loaded on first use (${largest(chunk.byPackage)})`,
    ),
    `  rules fetched at run time (dist/rules.json, pos-dispute-triage/rules.json): ${kb(rules.bytes)}, ` +
      `${kb(rules.gzipBytes)} gzipped`,
    `root entry pos-dispute-triage (rules bundled), for comparison: ${kb(index.bytes)} minified, ` +
      `${kb(index.gzipBytes)} gzipped with the page, plus ${kb(index.lazyGzipBytes)} gzipped lazy`,
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { outfile: { type: 'string' }, budget: { type: 'string' }, check: { type: 'boolean' } },
  });
  const budget = values.budget === undefined ? BUDGET_GZIP_BYTES : Number(values.budget) * 1024;
  const browser = await buildBrowserBundle({ entry: 'browser', outfile: values.outfile && resolve(values.outfile) });
  const index = await buildBrowserBundle({ entry: 'index' });
  for (const line of reportLines(browser, measureRulesJson(), index, budget)) console.log(line);
  if (browser.gzipBytes > budget) {
    console.error(`over budget by ${kb(browser.gzipBytes - budget)}`);
    if (values.check) process.exit(1);
  }
}
