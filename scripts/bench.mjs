#!/usr/bin/env node
// npm run bench [-- --quick] [-- --cases <n>]
//
// Triages seeded, realistic cases over every scenario through (1) the naive integration — all
// bundled packs in one json-rules-engine Engine built per case, with the package's own pipeline
// steps (src/pipeline/) around it — and (2) the package's default path (dist/, as published).
// Prints cases/s (median, min and max of several rounds), p50/p99 latency and peak memory for
// each; the default path's time per stage; triage time against the JSON round trip (JSON.parse of
// the case text plus JSON.stringify of its result) on the fixture cases; `dispute-triage batch`
// throughput over an NDJSON file on the main thread, 1 worker and N workers; the cold start of a
// new process to its first result against a bare `node -e 0`; and the browser bundle's size.
// One module a measurement in scripts/bench/; the targets are one table, scripts/bench/targets.mjs.
// `--cold-only` measures only the cold start. The last line is
//   bench: <N> cases/s end-to-end, <R>x naive json-rules-engine
import { parseArgs } from 'node:util';
import { runChild } from './bench/children.mjs';
import { measureColdStart } from './bench/cold-start.mjs';
import { runBenchmark } from './bench/run-benchmark.mjs';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    cases: { type: 'string' },
    child: { type: 'string' },
    rounds: { type: 'string' },
    'cold-only': { type: 'boolean', default: false },
  },
});

if (opts.child) await runChild(opts.child, Number(opts.cases), Number(opts.rounds));
else if (opts['cold-only']) console.log(JSON.stringify(measureColdStart(9)));
else await runBenchmark({ quick: opts.quick, cases: opts.cases });
