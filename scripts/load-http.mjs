#!/usr/bin/env node
// Load benchmark of `dispute-triage serve` (a figure printer, not a test): starts the built server on
// a free loopback port and runs autocannon against POST /v1/triage with a fixture case at 1, 10 and
// 100 connections, LOAD_SECONDS (default 10) each. Prints sustained requests/s, p50 and p99 latency
// and errors; exits 1 if any request failed. Run `npm run build` first.
//   node scripts/load-http.mjs [--seconds N] [--case fixtures/…case.json]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { seconds: { type: 'string' }, case: { type: 'string' } } });
const seconds = Number(values.seconds ?? process.env.LOAD_SECONDS ?? 10);
const casePath = values.case ?? join(root, 'fixtures/chargeback/retrieval-denied-unionpay.case.json');
const body = readFileSync(casePath, 'utf8');

function startServer() {
  const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /^listening on (http:\/\/\S+)\n/.exec(stderr);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

function run(url, connections) {
  return autocannon({
    url: `${url}/v1/triage`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
}

const { child, url } = await startServer();
// Warm-up: the first calls compile and JIT the rules.
await autocannon({
  url: `${url}/v1/triage`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  connections: 4,
  amount: 500,
});
console.log(`POST /v1/triage, ${seconds} s per row, case ${casePath.replace(root, '')}, node ${process.version}`);
console.log('connections  req/s     p50 ms  p99 ms  errors  non-2xx');
let failures = 0;
for (const connections of [1, 10, 100]) {
  const r = await run(url, connections);
  const failed = r.errors + r.timeouts + r.non2xx;
  failures += failed;
  const row = [
    String(connections).padEnd(11),
    r.requests.average.toFixed(0).padStart(6),
    String(r.latency.p50).padStart(9),
    String(r.latency.p99).padStart(7),
    String(r.errors + r.timeouts).padStart(7),
    String(r.non2xx).padStart(8),
  ];
  console.log(row.join('  '));
}
child.kill('SIGTERM');
process.exitCode = failures > 0 ? 1 : 0;
