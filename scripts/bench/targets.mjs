// The benchmark's targets (issue 16), in one table: each names what it compares, how and against
// what threshold, and how its value and figure come from the run's measurements. The printed
// report and the README's Performance table list these rows, in this order, by `name`
// (test/bench/targets.test.ts checks the README).
//
// Ratios within one run, so they hold on a busy machine better than absolute figures do.

import { HEAP_CAP_MB } from './paths.mjs';
import { fmt, kb, mb, median } from './stats.mjs';

/** @type {import('./targets.d.mts').Target[]} */
export const TARGETS = [
  {
    name: 'triage ≤ 1.5× the JSON round trip (fixture cases)',
    comparison: '<=',
    threshold: 1.5,
    value: ({ roundTrip }) => roundTrip.triage / roundTrip.json,
    figure: ({ roundTrip }, x) =>
      `${x.toFixed(2)}× (${roundTrip.triage.toFixed(1)} µs vs ${roundTrip.json.toFixed(1)} µs)`,
  },
  {
    name: '≥ 200× naive json-rules-engine',
    comparison: '>=',
    threshold: 200,
    value: ({ fast, naive }) => median(fast.rates) / median(naive.rates),
    figure: ({ fast, naive }, x) =>
      `${x.toFixed(0)}× (${fmt(median(fast.rates))} vs ${fmt(median(naive.rates))} cases/s)`,
  },
  {
    name: 'p99 < 1 ms',
    comparison: '<',
    threshold: 1000,
    value: ({ fast }) => fast.p99,
    figure: ({ fast }, x) => `${x.toFixed(0)} µs (p50 ${fast.p50.toFixed(0)} µs)`,
  },
  {
    name: 'cold start ≤ bare node + 60 ms',
    comparison: '<=',
    threshold: 60,
    value: ({ cold }) => cold.median - cold.node,
    figure: ({ cold }, x) =>
      `+${x.toFixed(0)} ms wall (${cold.median.toFixed(0)} vs ${cold.node.toFixed(0)} ms); CPU time ` +
      `+${(cold.cpu - cold.nodeCpu).toFixed(0)} ms (${cold.cpu.toFixed(0)} vs ${cold.nodeCpu.toFixed(0)} ms)`,
  },
  {
    name: 'batch on N workers (one per core) ≥ 1.6× batch on 1',
    comparison: '>=',
    threshold: 1.6,
    value: ({ batch }) => batch.large.rate / batch.large1.rate,
    figure: ({ batch }, x) =>
      `${x.toFixed(2)}× on ${batch.n} workers over ${fmt(batch.large.n)} cases ` +
      `(${fmt(batch.large.rate)} vs ${fmt(batch.large1.rate)} cases/s); ` +
      `${(batch.workersN.rate / batch.workers1.rate).toFixed(2)}× over ${fmt(batch.workersN.n)}`,
  },
  {
    name: 'batch on 1 worker ≥ 80% of the main thread',
    comparison: '>=',
    threshold: 0.8,
    value: ({ batch }) => batch.workers1.rate / batch.mainThread.rate,
    figure: ({ batch }, x) =>
      `${(x * 100).toFixed(0)}% (${fmt(batch.workers1.rate)} vs ${fmt(batch.mainThread.rate)} cases/s)`,
  },
  {
    name: 'batch at flat memory',
    comparison: 'holds',
    threshold: true,
    value: ({ batch }) => !batch.capped.error,
    figure: ({ batch }, held) =>
      held
        ? `${fmt(batch.capped.n)} cases in ${HEAP_CAP_MB} MB of old space per thread; peak RSS ` +
          `${mb(batch.workersN.peakRss)} → ${mb(batch.large.peakRss)} ` +
          `for ${fmt(batch.workersN.n)} → ${fmt(batch.large.n)} cases`
        : 'ran out of a capped heap',
  },
  {
    name: 'browser bundle ≤ 100 KB gzipped (pos-dispute-triage/browser)',
    comparison: '<=',
    threshold: 100 * 1024,
    value: ({ bundle }) => bundle.gzipBytes,
    figure: ({ bundle }, x) =>
      `${kb(x)} up front (+ ${kb(bundle.lazyGzipBytes)} lazy chunk, ${kb(bundle.rulesJson.gzipBytes)} fetched rules); ` +
      `root entry with the rules ${kb(bundle.root.gzipBytes)}`,
  },
];

/**
 * Whether `value` meets the target.
 *
 * @example
 * isTargetMet({ comparison: '<=', threshold: 1.5 }, 1.2); // true
 */
export function isTargetMet(target, value) {
  switch (target.comparison) {
    case '<=':
      return value <= target.threshold;
    case '<':
      return value < target.threshold;
    case '>=':
      return value >= target.threshold;
    case 'holds':
      return value === target.threshold;
    default:
      throw new Error(`unknown comparison ${target.comparison}`);
  }
}

/**
 * Each target with its figure in this run and whether it is met.
 *
 * @example
 * for (const { name, met, figure } of judgeTargets(measurements)) console.log(name, met, figure);
 */
export function judgeTargets(measurements, targets = TARGETS) {
  return targets.map((target) => {
    const value = target.value(measurements);
    return { name: target.name, met: isTargetMet(target, value), figure: target.figure(measurements, value) };
  });
}

/**
 * The judged targets as a Markdown table, the form the README's Performance section shows.
 *
 * @example
 * console.log(formatTargetTable(judgeTargets(measurements)));
 */
export function formatTargetTable(judged) {
  const rows = judged.map(({ name, met, figure }) => `| ${name} | ${met ? 'met' : 'not met'} | ${figure} |`);
  return ['| target | met | figure in this run |', '| --- | --- | --- |', ...rows].join('\n');
}
