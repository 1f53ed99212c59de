#!/usr/bin/env node
// Bundles the package's root entry (dist/index.js, with the default rules) for the browser, as a
// partner's bundler would: one minified ES module, platform browser, so dependencies resolve to their
// `browser` builds (jsonpath-plus) and any Node built-in that leaked into the graph fails the build.
// Prints the size minified and gzipped and what dominates it. Run after `npm run build`.
//
//   node scripts/build-browser.mjs [--outfile <path>] [--budget <gzipped KB>] [--check]
// --check exits 1 when the gzipped size is over the budget.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BROWSER_BUNDLE = join(root, '.tmp/browser/pos-dispute-triage.js');
export const BUDGET_GZIP_BYTES = 100 * 1024;

// Every rule file, parsed: what the bundle carries of them (minified JSON).
const readRuleFiles = () => {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
    );
  return walk(join(root, 'rules')).map((path) => JSON.parse(readFileSync(path, 'utf8')));
};

/** Which package (or `pos-dispute-triage` itself) each output byte came from. */
function bytesByPackage(metafile, upFront) {
  const totals = {};
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!upFront.has(path)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inPackage = input.split('node_modules/').pop();
      const name = input.includes('node_modules/')
        ? inPackage
            .split('/')
            .slice(0, inPackage.startsWith('@') ? 2 : 1)
            .join('/')
        : 'pos-dispute-triage (incl. rules, chinese-days)';
      totals[name] = (totals[name] ?? 0) + bytesInOutput;
    }
  }
  return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]));
}

/**
 * Writes the browser bundle (an entry file plus lazily loaded chunks, e.g. json-rules-engine for
 * `evaluator: 'json-rules-engine'`) and returns the sizes of what a page loads up front.
 * @returns {Promise<{ outfile: string, files: string[], bytes: number, gzipBytes: number, lazyBytes: number, lazyGzipBytes: number, byPackage: Record<string, number> }>}
 */
export async function buildBrowserBundle({ outfile = BROWSER_BUNDLE } = {}) {
  const entry = join(root, 'dist/index.js');
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const outdir = dirname(outfile);
  const { metafile } = await build({
    entryPoints: { [basename(outfile, '.js')]: entry },
    outdir,
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
  // What the entry imports statically loads with the page; dynamic imports load on first use.
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const imported of metafile.outputs[path].imports)
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  const entryOutput = Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint !== undefined);
  visit(entryOutput);
  const files = Object.keys(metafile.outputs).filter((path) => path.endsWith('.js'));
  const size = (paths) => {
    const text = Buffer.concat(paths.map((path) => readFileSync(resolve(process.cwd(), path))));
    return [text.length, gzipSync(text, { level: 9 }).length];
  };
  const [bytes, gzipBytes] = size(files.filter((path) => upFront.has(path)));
  const [lazyBytes, lazyGzipBytes] = size(files.filter((path) => !upFront.has(path)));
  return {
    outfile,
    files: files.map((path) => resolve(process.cwd(), path)),
    bytes,
    gzipBytes,
    lazyBytes,
    lazyGzipBytes,
    byPackage: bytesByPackage(metafile, upFront),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { outfile: { type: 'string' }, budget: { type: 'string' }, check: { type: 'boolean' } },
  });
  const budget = values.budget === undefined ? BUDGET_GZIP_BYTES : Number(values.budget) * 1024;
  const { outfile, bytes, gzipBytes, lazyBytes, lazyGzipBytes, byPackage } = await buildBrowserBundle({
    outfile: values.outfile && resolve(values.outfile),
  });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${outfile.replace(root, '')}: ${kb(bytes)} minified, ${kb(gzipBytes)} gzipped loaded with the page (budget ${kb(budget)} gzipped)`,
  );
  console.log(
    `  plus ${kb(lazyBytes)} minified, ${kb(lazyGzipBytes)} gzipped loaded only for evaluator 'json-rules-engine'`,
  );
  for (const [name, size] of Object.entries(byPackage)) console.log(`  ${kb(size).padStart(9)}  ${name}`);
  const rules = JSON.stringify(readRuleFiles());
  console.log(
    `  of which the default rules as compact JSON: ${kb(rules.length)}, ${kb(gzipSync(rules, { level: 9 }).length)} gzipped on their own`,
  );
  if (gzipBytes > budget) {
    console.error(`over budget by ${kb(gzipBytes - budget)}`);
    if (values.check) process.exit(1);
  }
}
