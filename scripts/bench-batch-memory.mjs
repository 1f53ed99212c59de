#!/usr/bin/env node
// Generates N cases (default 100,000: varied fixture cases, about 2% invalid lines) into a temp
// NDJSON file, runs the built `dispute-triage batch` on it as a child process and prints its
// peak memory (maxRSS, read inside the child at exit) and throughput. Prints, never asserts:
// timing depends on the machine. Usage: npm run build && node scripts/bench-batch-memory.mjs [N] [--concurrency n]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const concurrencyAt = process.argv.indexOf('--concurrency');
const extraArgs = concurrencyAt > 0 ? ['--concurrency', process.argv[concurrencyAt + 1]] : [];

function listCases(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listCases(join(dir, e.name)) : e.name.endsWith('.case.json') ? [join(dir, e.name)] : [],
  );
}
const templates = listCases(join(root, 'fixtures')).map((path) => JSON.parse(readFileSync(path, 'utf8')));
if (templates.length === 0) throw new Error('no fixture cases to vary');

const shiftDay = (iso, days) => {
  const d = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) + days));
  return d.toISOString().slice(0, 10) + iso.slice(10);
};

function variedCase(i) {
  const kase = structuredClone(templates[i % templates.length]);
  kase.id = `bench-${i}`;
  kase.locale = i % 3 === 0 ? 'en' : 'zh-CN';
  if (typeof kase.asOf === 'string') kase.asOf = shiftDay(kase.asOf, i % 7);
  if (kase.transaction?.amount !== undefined) kase.transaction.amount = Math.round((i % 5000) * 100 + 99) / 100;
  return kase;
}

function lineFor(i) {
  if (i % 97 === 13) return `{"id":"broken-${i}","scenario":`; // truncated JSON
  if (i % 89 === 7) return JSON.stringify({ ...variedCase(i), scenario: 'no_such_scenario' }); // invalid case
  if (i % 101 === 3) return ''; // blank line, skipped
  return JSON.stringify(variedCase(i));
}

const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
const input = join(dir, 'cases.ndjson');
const out = createWriteStream(input);
let blanks = 0;
for (let i = 0; i < count; i++) {
  const line = lineFor(i);
  if (line === '') blanks++;
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
console.log(`input: ${count} lines (${blanks} blank), ${(statSync(input).size / 1e6).toFixed(1)} MB in ${input}`);

// The child reports its own peak resident set size as it exits.
const preload = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss_kb='+process.resourceUsage().maxRSS+'\\n'))`;
const started = process.hrtime.bigint();
const child = spawn(
  process.execPath,
  [
    '--import',
    preload,
    join(root, 'dist/cli.js'),
    'batch',
    input,
    '--as-of',
    '2026-11-05T10:00:00+08:00',
    ...extraArgs,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
let lines = 0;
let failed = 0;
let tail = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  const text = tail + chunk;
  const parts = text.split('\n');
  tail = parts.pop();
  lines += parts.length;
  for (const p of parts) if (p.startsWith('{"line":')) failed++;
});
let stderr = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => (stderr += chunk));
const [code] = await once(child, 'exit');
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const maxRss = Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? NaN);
console.log(stderr.replace(/maxrss_kb=\d+\n/, '').trim());
console.log(`output: ${lines} lines, ${failed} error lines, exit ${code}`);
console.log(`time: ${seconds.toFixed(1)} s, ${Math.round((count - blanks) / seconds)} cases/s`);
console.log(`peak RSS of the batch process: ${(maxRss / 1024).toFixed(1)} MB (target < 200 MB)`);
rmSync(dir, { recursive: true, force: true });
