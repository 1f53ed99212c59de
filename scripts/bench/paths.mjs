// Where the benchmark reads and writes, and the fixed inputs every measurement shares.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const CACHE = join(ROOT, 'node_modules', '.cache', 'pos-dispute-triage-bench');
/** The seed of the generated cases. */
export const SEED = 20261124;
/** The old-space cap (MB per thread) under which the longer batch must still finish. */
export const HEAP_CAP_MB = 64;

/** The built package (`dist/index.js`), as published. */
export const importDist = () => import(pathToFileURL(join(DIST, 'index.js')).href);

/** `count` seeded, realistic cases over every scenario (`scripts/generate-cases.mjs`). */
export async function loadCases(count, seed = SEED) {
  const { defaultRules } = await importDist();
  const { generateCases } = await import(pathToFileURL(join(ROOT, 'scripts', 'generate-cases.mjs')).href);
  return generateCases(defaultRules(), { count, seed });
}

/** Every fixture case file under `dir`, in name order. */
export function fixtureFiles(dir = join(ROOT, 'fixtures')) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? fixtureFiles(join(dir, e.name)) : e.name.endsWith('.case.json') ? [join(dir, e.name)] : [],
    );
}

/** Every fixture case's JSON text. */
export const fixtureTexts = () => fixtureFiles().map((file) => readFileSync(file, 'utf8'));
