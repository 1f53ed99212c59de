// Measurement: `dispute-triage batch` over an NDJSON file (parsing and printing included) on the
// main thread, on 1 worker and on N workers, and on a five times longer file with and without a
// heap cap (flat memory).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, HEAP_CAP_MB, ROOT, SEED } from './paths.mjs';

const REPORT_USAGE =
  "import { writeFileSync } from 'node:fs';\n" +
  "process.on('exit', () => writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(process.resourceUsage())));\n";

/** Spawns `node [nodeOptions] cli.js batch file [batchArgs]` with stdout to /dev/null. */
function spawnBatch(file, nodeOptions, batchArgs, preload, usageFile) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream('/dev/null');
    out.on('open', (fd) => {
      const args = [...nodeOptions, '--import', pathToFileURL(preload).href, join(DIST, 'cli.js'), 'batch', file];
      const child = spawn(process.execPath, [...args, ...batchArgs], {
        stdio: ['ignore', fd, 'pipe'],
        env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => {
        out.close();
        resolve({ code, stderr });
      });
    });
  });
}

/** One batch run: wall time, cases/s and peak RSS. */
async function runBatch(file, count, nodeOptions = [], batchArgs = []) {
  const usageFile = join(dirname(file), `usage-${count}-${nodeOptions.length}-${batchArgs.join('')}.json`);
  const preload = join(dirname(file), 'report-usage.mjs');
  writeFileSync(preload, REPORT_USAGE);
  const start = performance.now();
  const status = await spawnBatch(file, nodeOptions, batchArgs, preload, usageFile);
  const seconds = (performance.now() - start) / 1000;
  if (status.code !== 0) throw new Error(`batch exited with ${status.code}: ${status.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { rate: count / seconds, seconds, peakRss: usage.maxRSS * 1024 };
}

/** An NDJSON file of `n` generated cases. */
async function writeCases(ruleSet, dir, n) {
  const { generateCases } = await import(pathToFileURL(join(ROOT, 'scripts', 'generate-cases.mjs')).href);
  const file = join(dir, `cases-${n}.ndjson`);
  const stream = createWriteStream(file);
  for (const kase of generateCases(ruleSet, { count: n, seed: SEED + n })) stream.write(`${JSON.stringify(kase)}\n`);
  await new Promise((resolve) => stream.end(resolve));
  return file;
}

/** Every batch run; a failed one carries its error instead of figures. */
export async function measureBatches(ruleSet, counts, workers) {
  const dir = join(tmpdir(), `pos-dispute-triage-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const files = [];
    for (const n of counts) files.push(await writeCases(ruleSet, dir, n));
    const run = (label, i, args, nodeOptions = []) =>
      runBatch(files[i], counts[i], nodeOptions, args).then(
        (r) => ({ label, n: counts[i], ...r }),
        (error) => ({ label, n: counts[i], error }),
      );
    const n = String(workers);
    return {
      n: workers,
      mainThread: await run('--workers 0 (main thread)', 0, ['--workers', '0']),
      workers1: await run('--workers 1', 0, ['--workers', '1']),
      workersN: await run(`--workers ${workers}`, 0, ['--workers', n]),
      large: await run(`--workers ${workers}`, 1, ['--workers', n]),
      // The same longer file on one worker: the scaling target compares the long runs, where the
      // workers' start-up (each loads the package) weighs less.
      large1: await run('--workers 1', 1, ['--workers', '1']),
      // Peak RSS grows with a longer run while V8 puts off collecting; a heap cap shows whether the
      // live memory does: the longer batch must finish with each thread's old space held to 64 MB.
      capped: await run(
        `--workers ${workers}, old space capped at ${HEAP_CAP_MB} MB`,
        1,
        ['--workers', n],
        [`--max-old-space-size=${HEAP_CAP_MB}`],
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
