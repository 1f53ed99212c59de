#!/usr/bin/env node
// npm run bench [-- --quick] [-- --cases <n>]
//
// Triages seeded, realistic cases over every scenario through (1) the naive integration — all
// bundled packs in one json-rules-engine Engine built per case, same validation, facts and
// assembly — and (2) the package's default path (dist/, as published). Prints cases/s (median,
// min and max of several rounds), p50/p99 latency and peak memory for each; the default path's
// time per stage; triage time against the JSON round trip (JSON.parse of the case text plus
// JSON.stringify of its result) on the fixture cases; `dispute-triage batch` throughput over an
// NDJSON file, parsing and printing included, on the main thread, 1 worker and N workers; the cold
// start of a new process to its first result against a bare `node -e 0`; and the browser bundle's
// size. Each measurement runs in a fresh child process, so one cannot warm up or bloat another.
// The targets are in targetTable() below. `--cold-only` measures only the cold start. The last line is
//   bench: <N> cases/s end-to-end, <R>x naive json-rules-engine
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, arch, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, 'node_modules', '.cache', 'pos-dispute-triage-bench');
const INTERNALS = join(CACHE, 'bench-internals.mjs');
const SEED = 20261124;
const HEAP_CAP_MB = 64;

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    cases: { type: 'string' },
    child: { type: 'string' },
    rounds: { type: 'string' },
    'cold-only': { type: 'boolean', default: false },
  },
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const fmt = (n) => Math.round(n).toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------
// Child processes: one measurement each, answered as one JSON line on stdout.

async function loadCases(count) {
  const { defaultRules } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const { generateCases } = await import(pathToFileURL(join(ROOT, 'scripts', 'generate-cases.mjs')).href);
  return generateCases(defaultRules(), { count, seed: SEED });
}

function memorySampler() {
  let heap = 0;
  return {
    sample() {
      heap = Math.max(heap, process.memoryUsage().heapUsed);
    },
    report: () => ({ peakRss: process.resourceUsage().maxRSS * 1024, peakHeap: heap }),
  };
}

/** Rounds over all cases with `run(kase)`, then one round timing each case. */
async function measureThroughput(cases, rounds, run) {
  const memory = memorySampler();
  for (let i = 0; i < Math.min(cases.length, 2000); i += 1) await run(cases[i]); // warm-up
  const rates = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now();
    for (let i = 0; i < cases.length; i += 1) {
      await run(cases[i]);
      if ((i & 1023) === 0) memory.sample();
    }
    rates.push(cases.length / ((performance.now() - start) / 1000));
  }
  const latencies = new Float64Array(cases.length);
  for (let i = 0; i < cases.length; i += 1) {
    const start = performance.now();
    await run(cases[i]);
    latencies[i] = performance.now() - start;
  }
  latencies.sort();
  memory.sample();
  return { rates, p50: quantile(latencies, 0.5) * 1000, p99: quantile(latencies, 0.99) * 1000, ...memory.report() };
}

async function runChild(kind) {
  const count = Number(opts.cases);
  const rounds = Number(opts.rounds);
  const cases = await loadCases(count);
  let out;
  if (kind === 'default') {
    const { createTriage } = await import(pathToFileURL(join(DIST, 'index.js')).href);
    const triage = createTriage();
    out = await measureThroughput(cases, rounds, (kase) => triage.triage(kase));
  } else if (kind === 'naive') {
    const { createNaiveTriage } = await import(pathToFileURL(INTERNALS).href);
    const naive = createNaiveTriage();
    out = await measureThroughput(cases, rounds, naive);
  } else if (kind === 'stages') {
    out = await measureStages(cases, rounds);
  } else if (kind === 'roundtrip') {
    out = await measureRoundTrip(rounds);
  } else if (kind === 'check') {
    out = await checkSameResults(cases);
  } else throw new Error(`unknown child ${kind}`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Time per stage of the default path: each stage over all cases, median of the rounds. */
async function measureStages(cases, rounds) {
  const { createStages } = await import(pathToFileURL(INTERNALS).href);
  const stages = createStages();
  const prepared = cases.map((kase) => stages.validate(kase));
  const derived = prepared.map((p) => stages.derive(p));
  const evaluations = derived.map((d) => stages.evaluate(d));
  const times = { validate: [], derive: [], evaluate: [], assemble: [] };
  const time = (name, fn) => {
    const start = performance.now();
    fn();
    times[name].push(((performance.now() - start) * 1000) / cases.length);
  };
  for (let r = 0; r < rounds; r += 1) {
    time('validate', () => {
      for (const kase of cases) stages.validate(kase);
    });
    time('derive', () => {
      for (const p of prepared) stages.derive(p);
    });
    time('evaluate', () => {
      for (const d of derived) stages.evaluate(d);
    });
    time('assemble', () => {
      for (let i = 0; i < cases.length; i += 1) stages.assemble(prepared[i], derived[i], evaluations[i]);
    });
  }
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));
}

/** Every fixture case's JSON text. */
function fixtureTexts(dir = join(ROOT, 'fixtures')) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory()
        ? fixtureTexts(join(dir, e.name))
        : e.name.endsWith('.case.json')
          ? [readFileSync(join(dir, e.name), 'utf8')]
          : [],
    );
}

/** µs per fixture case: triage of the parsed case, and JSON.parse of its text + JSON.stringify of its result. */
async function measureRoundTrip(rounds) {
  const { createTriage } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const triage = createTriage();
  const texts = fixtureTexts();
  const cases = texts.map((text) => JSON.parse(text));
  const results = await Promise.all(cases.map((kase) => triage.triage(kase)));
  const repeat = Math.max(1, Math.round(20_000 / texts.length));
  const triageTimes = [];
  const jsonTimes = [];
  for (let r = 0; r < rounds + 1; r += 1) {
    let start = performance.now();
    for (let k = 0; k < repeat; k += 1) for (const kase of cases) await triage.triage(kase);
    const t = ((performance.now() - start) * 1000) / (repeat * cases.length);
    start = performance.now();
    let length = 0;
    for (let k = 0; k < repeat; k += 1)
      for (let i = 0; i < texts.length; i += 1)
        length += JSON.parse(texts[i]).id.length + JSON.stringify(results[i]).length;
    const j = ((performance.now() - start) * 1000) / (repeat * cases.length);
    if (r > 0 && length > 0) triageTimes.push(t), jsonTimes.push(j); // round 0 warms up
  }
  return { cases: texts.length, triage: median(triageTimes), json: median(jsonTimes) };
}

/** Both benchmarked paths must give the package's results, or the comparison means nothing. */
async function checkSameResults(cases) {
  const { createTriage } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const { createNaiveTriage, createStages } = await import(pathToFileURL(INTERNALS).href);
  const triage = createTriage();
  const naive = createNaiveTriage();
  const stages = createStages();
  const problems = [];
  let checked = 0;
  for (const kase of cases) {
    const expected = JSON.stringify(await triage.triage(kase));
    const p = stages.validate(kase);
    const d = stages.derive(p);
    if (JSON.stringify(stages.assemble(p, d, stages.evaluate(d))) !== expected)
      problems.push(`${kase.id}: stages differ from dist/`);
    if (checked < 300 && JSON.stringify(await naive(kase)) !== expected)
      problems.push(`${kase.id}: naive integration differs from dist/`);
    checked += 1;
  }
  return { checked, problems: problems.slice(0, 5) };
}

// ---------------------------------------------------------------------------------------------
// The parent: builds the internals bundle, runs the children, prints the report.

function spawnJson(kind, cases, rounds) {
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--child', kind, '--cases', String(cases), '--rounds', String(rounds)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`bench child ${kind} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

async function buildInternals() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(CACHE, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'scripts', 'bench-internals.ts')],
    outfile: INTERNALS,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: Object.keys(pkg.dependencies ?? {}),
    logLevel: 'warning',
  });
}

function ruleSetStats(ruleSet) {
  let leaves = 0;
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      if ('fact' in node && 'operator' in node) leaves += 1;
      else for (const key of ['all', 'any', 'not']) if (key in node) walk(node[key]);
    }
  };
  for (const rule of ruleSet.rules) walk(rule.conditions);
  for (const condition of Object.values(ruleSet.namedConditions)) walk(condition);
  for (const gate of Object.values(ruleSet.catalog.gates)) walk(gate.conditions);
  const done = Object.values(ruleSet.catalog.actions).filter((action) => action.doneWhen);
  for (const action of done) walk(action.doneWhen);
  return {
    rules: ruleSet.rules.length,
    leaves,
    gates: Object.keys(ruleSet.catalog.gates).length,
    done: done.length,
    packs: ruleSet.packs.filter((p) => p.kind === 'rules').length,
  };
}

/** Runs `dispute-triage batch` over an NDJSON file, output to /dev/null; wall time and peak RSS. */
async function runBatch(file, count, nodeOptions = [], batchArgs = []) {
  const usageFile = join(dirname(file), `usage-${count}-${nodeOptions.length}-${batchArgs.join('')}.json`);
  const preload = join(dirname(file), 'report-usage.mjs');
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(process.resourceUsage())));\n`,
  );
  const start = performance.now();
  const status = await new Promise((resolve, reject) => {
    const out = createWriteStream('/dev/null');
    out.on('open', (fd) => {
      const child = spawn(
        process.execPath,
        [...nodeOptions, '--import', pathToFileURL(preload).href, join(DIST, 'cli.js'), 'batch', file, ...batchArgs],
        {
          stdio: ['ignore', fd, 'pipe'],
          env: { ...process.env, BENCH_USAGE_FILE: usageFile },
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        out.close();
        resolve({ code, stderr });
      });
    });
  });
  const seconds = (performance.now() - start) / 1000;
  if (status.code !== 0) throw new Error(`batch exited with ${status.code}: ${status.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { rate: count / seconds, seconds, peakRss: usage.maxRSS * 1024 };
}

/**
 * Wall time of `triage --json <fixture>` and of a bare `node -e 0`, spawn to exit, and the CPU time
 * (user + system) each process reports at exit: on a busy machine the wall time stretches with the
 * load while the CPU time barely does.
 */
function coldStart(times, fixture) {
  const dir = join(tmpdir(), `pos-dispute-triage-cold-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const usage = join(dir, 'cpu.json');
  const preload = join(dir, 'report-cpu.mjs');
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000)); });\n`,
  );
  const run = (args) => {
    const start = performance.now();
    const out = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BENCH_CPU_FILE: usage },
    });
    const ms = performance.now() - start;
    if (out.status !== 0) throw new Error(`${args.join(' ')} failed: ${out.stderr}`);
    return { ms, cpu: Number(readFileSync(usage, 'utf8')) };
  };
  try {
    run([join(DIST, 'cli.js'), 'triage', '--json', fixture]); // file-system cache warm-up
    const cli = [];
    const bare = [];
    for (let i = 0; i < times; i += 1) {
      bare.push(run(['-e', '0']));
      cli.push(run([join(DIST, 'cli.js'), 'triage', '--json', fixture]));
    }
    const ms = cli.map((r) => r.ms);
    return {
      median: median(ms),
      min: Math.min(...ms),
      max: Math.max(...ms),
      node: median(bare.map((r) => r.ms)),
      cpu: median(cli.map((r) => r.cpu)),
      nodeCpu: median(bare.map((r) => r.cpu)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstFixture(dir = join(ROOT, 'fixtures')) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = firstFixture(path);
      if (found) return found;
    } else if (entry.name.endsWith('.case.json')) return path;
  }
  return undefined;
}

/**
 * The targets, in one place: each row names what it compares, the figure and whether it is met.
 * Ratios within one run, so they hold on a busy machine better than absolute figures do.
 */
function targetTable(m) {
  const { ratio, fast, roundTrip, cold, batch, bundle, flat } = m;
  const jsonRatio = roundTrip.triage / roundTrip.json;
  const overBare = cold.median - cold.node;
  const scale = batch.workersN.rate / batch.workers1.rate;
  const oneWorker = batch.workers1.rate / batch.mainThread.rate;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return [
    [
      'triage ≤ 1.5x the JSON round trip (fixture cases)',
      jsonRatio <= 1.5,
      `${jsonRatio.toFixed(2)}x (${roundTrip.triage.toFixed(1)} µs vs ${roundTrip.json.toFixed(1)} µs)`,
    ],
    ['≥ 200x naive json-rules-engine', ratio >= 200, `${ratio.toFixed(0)}x`],
    ['p99 < 1 ms', fast.p99 < 1000, `${fast.p99.toFixed(0)} µs`],
    [
      'cold start ≤ bare node + 60 ms (wall time)',
      overBare <= 60,
      `+${overBare.toFixed(0)} ms (${cold.median.toFixed(0)} vs ${cold.node.toFixed(0)} ms)`,
    ],
    [
      '  the same in CPU time (user + system)',
      cold.cpu - cold.nodeCpu <= 60,
      `+${(cold.cpu - cold.nodeCpu).toFixed(0)} ms (${cold.cpu.toFixed(0)} vs ${cold.nodeCpu.toFixed(0)} ms)`,
    ],
    [
      `batch on ${batch.n} workers ≥ 1.6x batch on 1`,
      scale >= 1.6,
      `${scale.toFixed(2)}x (${fmt(batch.workersN.rate)} vs ${fmt(batch.workers1.rate)} cases/s)`,
    ],
    [
      'batch on 1 worker ≥ 80% of the main thread',
      oneWorker >= 0.8,
      `${(oneWorker * 100).toFixed(0)}% (${fmt(batch.workers1.rate)} vs ${fmt(batch.mainThread.rate)} cases/s)`,
    ],
    ['batch at flat memory', flat.ok, flat.text],
    [
      'browser bundle ≤ 100 KB gzipped',
      bundle.gzipBytes <= 100 * 1024,
      `${kb(bundle.gzipBytes)} (+ ${kb(bundle.lazyGzipBytes)} lazy chunk)`,
    ],
  ];
}

/** `dispute-triage batch` on the main thread, 1 worker and N workers, and N workers under a heap cap. */
async function measureBatches(ruleSet, counts, workers, log) {
  const dir = join(tmpdir(), `pos-dispute-triage-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const { generateCases } = await import(pathToFileURL(join(ROOT, 'scripts', 'generate-cases.mjs')).href);
    const files = [];
    for (const n of counts) {
      const file = join(dir, `cases-${n}.ndjson`);
      const stream = createWriteStream(file);
      for (const kase of generateCases(ruleSet, { count: n, seed: SEED + n }))
        stream.write(`${JSON.stringify(kase)}\n`);
      await new Promise((resolve) => stream.end(resolve));
      files.push(file);
    }
    const run = (label, i, args, nodeOptions = []) =>
      runBatch(files[i], counts[i], nodeOptions, args).then(
        (r) => ({ label, n: counts[i], ...r }),
        (error) => ({ label, n: counts[i], error }),
      );
    const out = {
      n: workers,
      mainThread: await run('--workers 0 (main thread)', 0, ['--workers', '0']),
      workers1: await run('--workers 1', 0, ['--workers', '1']),
      workersN: await run(`--workers ${workers}`, 0, ['--workers', String(workers)]),
      large: await run(`--workers ${workers}`, 1, ['--workers', String(workers)]),
      // Peak RSS grows with a longer run while V8 puts off collecting; a heap cap shows whether the
      // live memory does: the longer batch must finish with each thread's old space held to 64 MB.
      capped: await run(
        `--workers ${workers}, old space capped at ${HEAP_CAP_MB} MB`,
        1,
        ['--workers', String(workers)],
        [`--max-old-space-size=${HEAP_CAP_MB}`],
      ),
    };
    log(
      `batch (node dist/cli.js batch cases.ndjson > /dev/null; JSON parse, triage, JSON print, process and worker start-up included):`,
    );
    for (const b of [out.mainThread, out.workers1, out.workersN, out.large, out.capped]) {
      const label = `  ${fmt(b.n).padStart(7)} cases, ${b.label}:`;
      log(
        b.error
          ? `${label} failed (${String(b.error.message).split('\n')[0]})`
          : `${label} ${fmt(b.rate)} cases/s (${b.seconds.toFixed(2)} s), peak RSS ${mb(b.peakRss)}`,
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(join(DIST, 'index.js')) || !existsSync(join(DIST, 'cli.js')))
    throw new Error('dist/ is missing: run "npm run build" (npm run bench does)');
  const quick = opts.quick;
  const count = Number(opts.cases ?? (quick ? 5_000 : 10_000));
  const rounds = quick ? 5 : 7;
  const naiveCount = quick ? Math.min(count, 600) : count;
  // Two sizes, the larger five times the smaller: memory is flat when the larger needs no more.
  const batchCounts = quick ? [5_000, 25_000] : [50_000, 250_000];
  const coldRuns = quick ? 9 : 15;
  const workers = availableParallelism();
  const log = (line = '') => process.stdout.write(`${line}\n`);

  await buildInternals();
  const { defaultRules } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const ruleSet = defaultRules();
  const stats = ruleSetStats(ruleSet);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  log(
    `pos-dispute-triage benchmark${quick ? ' (--quick)' : ''} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  );
  log(
    `machine: ${availableParallelism()} vCPU (${cpu}), ${mb(totalmem())} RAM, Node ${process.version}, ${platform()} ${arch()}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  log(
    `rules: ${stats.packs} packs, ${stats.rules} rules, ${stats.leaves} leaf conditions, ${stats.gates} gates, ${stats.done} doneWhen; ruleset ${ruleSet.hash.slice(0, 19)}`,
  );
  log(
    `cases: ${fmt(count)} generated (seed ${SEED}) over ${ruleSet.vocabulary.scenarios.length} scenarios; naive path on the first ${fmt(naiveCount)}`,
  );
  log();

  const check = spawnJson('check', Math.min(count, 2_000), 1);
  if (check.problems.length > 0)
    throw new Error(
      `the benchmarked paths disagree with dist/ (rebuild with "npm run build"?):\n${check.problems.join('\n')}`,
    );
  log(`check: stage-by-stage and naive results equal dist/ on ${fmt(check.checked)} cases (naive on 300)`);

  const naive = spawnJson('naive', naiveCount, quick ? 3 : 5);
  const fast = spawnJson('default', count, rounds);
  const stages = spawnJson('stages', count, rounds);
  const roundTrip = spawnJson('roundtrip', 0, rounds);

  const row = (name, r) =>
    `${name.padEnd(26)}${fmt(median(r.rates)).padStart(10)}${fmt(Math.min(...r.rates)).padStart(10)}${fmt(Math.max(...r.rates)).padStart(10)}${r.p50.toFixed(1).padStart(10)}${r.p99.toFixed(1).padStart(10)}${mb(r.peakRss).padStart(10)}${mb(r.peakHeap).padStart(10)}`;
  log();
  log(
    `${'path (one core)'.padEnd(26)}${'cases/s'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}${'p50 µs'.padStart(10)}${'p99 µs'.padStart(10)}${'peak RSS'.padStart(10)}${'peak heap'.padStart(10)}`,
  );
  log(row('naive json-rules-engine', naive));
  log(row('default (compiled)', fast));
  log(`  (cases/s: median, min, max of ${naive.rates.length} and ${fast.rates.length} rounds)`);
  const total = stages.validate + stages.derive + stages.evaluate + stages.assemble;
  const share = (x) => `${x.toFixed(1)} µs (${Math.round((x / total) * 100)}%)`;
  log();
  log(
    `default path by stage, per case: validate ${share(stages.validate)}, derive facts ${share(stages.derive)}, evaluate ${share(stages.evaluate)}, assemble ${share(stages.assemble)}; sum ${total.toFixed(1)} µs`,
  );
  log(
    `JSON round trip on the ${roundTrip.cases} fixture cases: triage ${roundTrip.triage.toFixed(1)} µs a case, JSON.parse(case) + JSON.stringify(result) ${roundTrip.json.toFixed(1)} µs: ${(roundTrip.triage / roundTrip.json).toFixed(2)}x`,
  );
  log();

  const batch = await measureBatches(ruleSet, batchCounts, workers, log);
  const failed = [batch.mainThread, batch.workers1, batch.workersN, batch.large].find((b) => b.error);
  if (failed) throw failed.error;
  const flat = batch.capped.error
    ? { ok: false, text: 'ran out of a capped heap' }
    : {
        ok: true,
        text: `${fmt(batch.capped.n)} cases in ${HEAP_CAP_MB} MB of old space per thread (peak RSS ${mb(batch.capped.peakRss)}; uncapped ${mb(batch.workersN.peakRss)} → ${mb(batch.large.peakRss)} for ${fmt(batch.workersN.n)} → ${fmt(batch.large.n)} cases)`,
      };

  const fixture = firstFixture();
  const cold = coldStart(coldRuns, fixture);
  log();
  log(
    `cold start (node dist/cli.js triage --json ${fixture.slice(ROOT.length + 1)}, ${coldRuns} runs): median ${cold.median.toFixed(0)} ms (min ${cold.min.toFixed(0)}, max ${cold.max.toFixed(0)}); bare "node -e 0": ${cold.node.toFixed(0)} ms; CPU time ${cold.cpu.toFixed(0)} ms vs ${cold.nodeCpu.toFixed(0)} ms`,
  );

  const { buildBrowserBundle } = await import(pathToFileURL(join(ROOT, 'scripts', 'build-browser.mjs')).href);
  const bundle = await buildBrowserBundle();
  log(
    `browser bundle (scripts/build-browser.mjs): ${(bundle.bytes / 1024).toFixed(1)} KB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzipped up front; lazy chunk ${(bundle.lazyGzipBytes / 1024).toFixed(1)} KB gzipped`,
  );

  const endToEnd = median(fast.rates);
  const ratio = endToEnd / median(naive.rates);
  const targets = targetTable({ ratio, fast, roundTrip, cold, batch, bundle, flat });
  log();
  log('targets (figures taken in this one run):');
  log(`  | target | met | figure |`);
  log(`  | --- | --- | --- |`);
  for (const [name, met, value] of targets) log(`  | ${name} | ${met ? 'met' : 'NOT MET'} | ${value} |`);
  log();
  log(`bench: ${Math.round(endToEnd)} cases/s end-to-end, ${Math.round(ratio)}x naive json-rules-engine`);
}

if (opts.child) await runChild(opts.child);
else if (opts['cold-only']) console.log(JSON.stringify(coldStart(9, firstFixture())));
else await main();
