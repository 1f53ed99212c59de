// Measurement: cases/s, p50/p99 latency and peak memory of one path (the naive integration or the
// default path from dist/); the report divides the two for the naive ratio.
import { importDist } from './paths.mjs';
import { createNaiveTriage } from './internals.mjs';
import { quantile } from './stats.mjs';

function memorySampler() {
  let heap = 0;
  return {
    sample() {
      heap = Math.max(heap, process.memoryUsage().heapUsed);
    },
    report: () => ({ peakRss: process.resourceUsage().maxRSS * 1024, peakHeap: heap }),
  };
}

/** Latency of each case in one more round, sorted, in ms. */
async function timeEachCase(cases, run) {
  const latencies = new Float64Array(cases.length);
  for (let i = 0; i < cases.length; i += 1) {
    const start = performance.now();
    await run(cases[i]);
    latencies[i] = performance.now() - start;
  }
  return latencies.sort();
}

/** Rounds over all cases with `run(kase)`, then one round timing each case. */
export async function measureThroughput(cases, rounds, run) {
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
  const latencies = await timeEachCase(cases, run);
  memory.sample();
  return { rates, p50: quantile(latencies, 0.5) * 1000, p99: quantile(latencies, 0.99) * 1000, ...memory.report() };
}

/** The default path: `createTriage()` from dist/. */
export async function measureDefaultPath(cases, rounds) {
  const { createTriage } = await importDist();
  const triage = createTriage();
  return measureThroughput(cases, rounds, (kase) => triage.triage(kase));
}

/** The naive integration, built from the package's steps with a new Engine per case. */
export async function measureNaivePath(cases, rounds) {
  return measureThroughput(cases, rounds, await createNaiveTriage());
}
