// The parent: builds the pipeline-steps bundle, runs each measurement, prints the report and the
// target table (./targets.mjs), and ends with the line
//   bench: <N> cases/s end-to-end, <R>x naive json-rules-engine
import { existsSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBatches } from './batch.mjs';
import { measureBundle } from './bundle-size.mjs';
import { spawnJson } from './children.mjs';
import { firstFixture, measureColdStart } from './cold-start.mjs';
import { buildInternals } from './internals.mjs';
import { DIST, HEAP_CAP_MB, importDist, ROOT, SEED } from './paths.mjs';
import { ruleSetStats } from './rule-set-stats.mjs';
import { fmt, kb, mb, median } from './stats.mjs';
import { formatTargetTable, judgeTargets } from './targets.mjs';

const log = (line = '') => process.stdout.write(`${line}\n`);

/** How much to run: `--quick` for a few minutes, else the full run. */
export function benchPlan({ quick, cases }) {
  const count = Number(cases ?? (quick ? 5_000 : 10_000));
  return {
    quick,
    count,
    rounds: quick ? 5 : 7,
    naiveCount: quick ? Math.min(count, 600) : count,
    // Two sizes, the larger five times the smaller: memory is flat when the larger needs no more.
    batchCounts: quick ? [5_000, 25_000] : [50_000, 250_000],
    coldRuns: quick ? 9 : 15,
    workers: availableParallelism(),
  };
}

function logHeader(plan, ruleSet) {
  const stats = ruleSetStats(ruleSet);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  log(`pos-dispute-triage benchmark${plan.quick ? ' (--quick)' : ''} — ${when} UTC`);
  log(
    `machine: ${availableParallelism()} vCPU (${cpu}), ${mb(totalmem())} RAM, Node ${process.version}, ` +
      `${platform()} ${arch()}; load average ${load}`,
  );
  log(
    `rules: ${stats.packs} packs, ${stats.rules} rules, ${stats.leaves} leaf conditions, ${stats.gates} gates, ` +
      `${stats.done} doneWhen; ruleset ${ruleSet.hash.slice(0, 19)}`,
  );
  log(
    `cases: ${fmt(plan.count)} generated (seed ${SEED}) over ${ruleSet.vocabulary.scenarios.length} scenarios; ` +
      `naive path on the first ${fmt(plan.naiveCount)}`,
  );
  log();
}

function checkPaths(plan) {
  const check = spawnJson('check', Math.min(plan.count, 2_000), 1);
  if (check.problems.length > 0)
    throw new Error(
      `the benchmarked paths disagree with dist/ (rebuild with "npm run build"?):\n${check.problems.join('\n')}`,
    );
  log(`check: stage-by-stage and naive results equal dist/ on ${fmt(check.checked)} cases (naive on 300)`);
}

const COLUMNS = ['cases/s', 'min', 'max', 'p50 µs', 'p99 µs', 'peak RSS', 'peak heap'];

function logThroughput(naive, fast) {
  const row = (name, r) => {
    const cells = [median(r.rates), Math.min(...r.rates), Math.max(...r.rates)].map(fmt);
    cells.push(r.p50.toFixed(1), r.p99.toFixed(1), mb(r.peakRss), mb(r.peakHeap));
    return name.padEnd(26) + cells.map((cell) => cell.padStart(10)).join('');
  };
  log();
  log('path (one core)'.padEnd(26) + COLUMNS.map((c) => c.padStart(10)).join(''));
  log(row('naive json-rules-engine', naive));
  log(row('default (compiled)', fast));
  log(`  (cases/s: median, min, max of ${naive.rates.length} and ${fast.rates.length} rounds)`);
}

function logStages(stages, roundTrip) {
  const total = stages.validate + stages.derive + stages.evaluate + stages.assemble;
  const share = (x) => `${x.toFixed(1)} µs (${Math.round((x / total) * 100)}%)`;
  log();
  log(
    `default path by stage, per case: validate ${share(stages.validate)}, derive facts ${share(stages.derive)}, ` +
      `evaluate ${share(stages.evaluate)}, assemble ${share(stages.assemble)}; sum ${total.toFixed(1)} µs`,
  );
  log(
    `JSON round trip on the ${roundTrip.cases} fixture cases: triage ${roundTrip.triage.toFixed(1)} µs a case, ` +
      `JSON.parse(case) + JSON.stringify(result) ${roundTrip.json.toFixed(1)} µs: ` +
      `${(roundTrip.triage / roundTrip.json).toFixed(2)}x`,
  );
  log();
}

function logBatches(batch) {
  log(
    'batch (node dist/cli.js batch cases.ndjson > /dev/null; JSON parse, triage, JSON print, ' +
      'process and worker start-up included):',
  );
  for (const b of [batch.mainThread, batch.workers1, batch.workersN, batch.large1, batch.large, batch.capped]) {
    const label = `  ${fmt(b.n).padStart(7)} cases, ${b.label}:`;
    log(
      b.error
        ? `${label} failed (${String(b.error.message).split('\n')[0]})`
        : `${label} ${fmt(b.rate)} cases/s (${b.seconds.toFixed(2)} s), peak RSS ${mb(b.peakRss)}`,
    );
  }
  const failed = [batch.mainThread, batch.workers1, batch.workersN, batch.large1, batch.large].find((b) => b.error);
  if (failed) throw failed.error;
  if (batch.capped.error) log(`  (the capped run ran out of ${HEAP_CAP_MB} MB of old space)`);
}

function logColdStart(plan, cold, fixture) {
  log();
  log(
    `cold start (node dist/cli.js triage --json ${fixture.slice(ROOT.length + 1)}, ${plan.coldRuns} runs): ` +
      `median ${cold.median.toFixed(0)} ms (min ${cold.min.toFixed(0)}, max ${cold.max.toFixed(0)}); ` +
      `bare "node -e 0": ${cold.node.toFixed(0)} ms; ` +
      `CPU time ${cold.cpu.toFixed(0)} ms vs ${cold.nodeCpu.toFixed(0)} ms`,
  );
}

function logBundle(bundle) {
  const lazy = bundle.lazyGzipBytes ? `; lazy chunk ${kb(bundle.lazyGzipBytes)} gzipped` : '';
  log(
    `browser bundle, pos-dispute-triage/browser (scripts/build-browser.mjs): ${kb(bundle.bytes)} minified, ` +
      `${kb(bundle.gzipBytes)} gzipped up front${lazy}; rules fetched at run time ` +
      `${kb(bundle.rulesJson.gzipBytes)} gzipped; root entry with the rules bundled ${kb(bundle.root.gzipBytes)} gzipped`,
  );
}

/** The whole benchmark, as `node scripts/bench.mjs [--quick] [--cases <n>]` runs it. */
export async function runBenchmark(options) {
  if (!existsSync(join(DIST, 'index.js')) || !existsSync(join(DIST, 'cli.js')))
    throw new Error('dist/ is missing: run "npm run build" (npm run bench does)');
  const plan = benchPlan(options);
  await buildInternals();
  const ruleSet = (await importDist()).defaultRules();
  logHeader(plan, ruleSet);
  checkPaths(plan);

  const naive = spawnJson('naive', plan.naiveCount, plan.quick ? 3 : 5);
  const fast = spawnJson('default', plan.count, plan.rounds);
  const stages = spawnJson('stages', plan.count, plan.rounds);
  const roundTrip = spawnJson('roundtrip', 0, plan.rounds);
  logThroughput(naive, fast);
  logStages(stages, roundTrip);

  const batch = await measureBatches(ruleSet, plan.batchCounts, plan.workers);
  logBatches(batch);
  const fixture = firstFixture();
  const cold = measureColdStart(plan.coldRuns, fixture);
  logColdStart(plan, cold, fixture);
  const bundle = await measureBundle();
  logBundle(bundle);

  log();
  log('targets (figures taken in this one run):');
  log(formatTargetTable(judgeTargets({ naive, fast, roundTrip, cold, batch, bundle })));
  log();
  const endToEnd = median(fast.rates);
  const ratio = endToEnd / median(naive.rates);
  log(`bench: ${Math.round(endToEnd)} cases/s end-to-end, ${Math.round(ratio)}x naive json-rules-engine`);
}
