// Measurement: a new process's first result (`dispute-triage triage --json <fixture>`) against a
// bare `node -e 0`, as wall time and as the CPU time each process reports at exit: on a busy
// machine the wall time stretches with the load while the CPU time barely does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, fixtureFiles, ROOT } from './paths.mjs';
import { median } from './stats.mjs';

const REPORT_CPU =
  "import { writeFileSync } from 'node:fs';\n" +
  "process.on('exit', () => { const u = process.cpuUsage(); " +
  'writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000)); });\n';

/** The fixture the cold start triages: the first in name order. */
export const firstFixture = () => fixtureFiles()[0];

/** Spawn-to-exit wall time (ms) and CPU time (ms) of `node <args>`. */
function timeProcess(preload, usage, args) {
  const start = performance.now();
  const out = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_CPU_FILE: usage },
  });
  const ms = performance.now() - start;
  if (out.status !== 0) throw new Error(`${args.join(' ')} failed: ${out.stderr}`);
  return { ms, cpu: Number(readFileSync(usage, 'utf8')) };
}

export function measureColdStart(times, fixture = firstFixture()) {
  const dir = join(tmpdir(), `pos-dispute-triage-cold-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const usage = join(dir, 'cpu.json');
  const preload = join(dir, 'report-cpu.mjs');
  writeFileSync(preload, REPORT_CPU);
  const triage = [join(DIST, 'cli.js'), 'triage', '--json', fixture];
  try {
    timeProcess(preload, usage, triage); // file-system cache warm-up
    const cli = [];
    const bare = [];
    for (let i = 0; i < times; i += 1) {
      bare.push(timeProcess(preload, usage, ['-e', '0']));
      cli.push(timeProcess(preload, usage, triage));
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
