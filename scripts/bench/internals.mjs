// The package's pipeline steps (src/pipeline/), bundled from src/ with esbuild at run time so the
// package needs no internal export, and the two paths the benchmark builds from them: the default
// path taken apart to time each stage, and the naive integration (one json-rules-engine Engine
// built for every case) with the same steps around it. No step is written here again.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE, ROOT } from './paths.mjs';

const BUNDLE = join(CACHE, 'pipeline-steps.mjs');

/** What the bundle exports: each step from the file that defines it. */
const ENTRY = [
  "export { createPipeline } from './pipeline/create-pipeline.ts';",
  "export { prepareCase } from './pipeline/prepare-case.ts';",
  "export { resolveAsOf } from './pipeline/resolve-as-of.ts';",
  "export { deriveCaseFacts } from './pipeline/derive-case-facts.ts';",
  "export { evaluateFacts } from './pipeline/evaluate-facts.ts';",
  "export { assembleCase } from './pipeline/assemble-case.ts';",
  "export { createEngineEvaluator } from './evaluate/engine-evaluator.ts';",
  "export { defaultRules } from './triage.ts';",
].join('\n');

/** Bundles the steps into node_modules/.cache (the parent does, once per run). */
export async function buildInternals() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(CACHE, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: join(ROOT, 'src'), loader: 'ts', sourcefile: 'bench-pipeline-steps.ts' },
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: Object.keys(pkg.dependencies ?? {}),
    logLevel: 'warning',
  });
}

const importSteps = () => import(pathToFileURL(BUNDLE).href);

/** A valid case with its instant, zone and locale; undefined for an invalid one. */
function prepare(steps, pipeline, input) {
  const checked = steps.prepareCase(pipeline, input);
  const resolved = checked.ok ? steps.resolveAsOf(pipeline, checked.value) : checked;
  return resolved.ok ? resolved.value : undefined;
}

/**
 * The default path's stages, as `createTriage()` runs them: validate (check the case, resolve its
 * `asOf`), derive facts, evaluate, assemble (order the fired rules, merge them).
 */
export async function createStages() {
  const steps = await importSteps();
  const pipeline = steps.createPipeline(steps.defaultRules());
  return {
    validate: (input) => prepare(steps, pipeline, input),
    derive: (prepared) => steps.deriveCaseFacts(pipeline, prepared),
    evaluate: (derived) => steps.evaluateFacts(pipeline, derived.facts),
    assemble: (prepared, derived, evaluation) => steps.assembleCase(pipeline, prepared, derived, evaluation),
  };
}

/**
 * The naive integration: every bundled pack, gate and doneWhen in one json-rules-engine Engine,
 * built anew for each case (new Engine, its rules and named conditions), run on the same facts
 * and assembled the same way.
 */
export async function createNaiveTriage() {
  const steps = await importSteps();
  const shared = steps.createPipeline(steps.defaultRules());
  return async (input) => {
    const pipeline = { ...shared, evaluator: steps.createEngineEvaluator(shared.ruleSet, 0) };
    const prepared = prepare(steps, pipeline, input);
    if (!prepared) return undefined;
    const derived = await steps.deriveCaseFacts(pipeline, prepared);
    const evaluation = await steps.evaluateFacts(pipeline, derived.facts);
    return steps.assembleCase(pipeline, prepared, derived, evaluation);
  };
}
