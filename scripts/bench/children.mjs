// Each measurement runs in a fresh child process (`bench.mjs --child <kind>`), so one cannot warm
// up or bloat another; the child answers one JSON line on stdout.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkSameResults } from './check-results.mjs';
import { loadCases, ROOT } from './paths.mjs';
import { measureRoundTrip } from './round-trip.mjs';
import { measureStages } from './stage-times.mjs';
import { measureDefaultPath, measureNaivePath } from './throughput.mjs';

const BENCH = join(ROOT, 'scripts', 'bench.mjs');

const CHILDREN = {
  default: (cases, rounds) => measureDefaultPath(cases, rounds),
  naive: (cases, rounds) => measureNaivePath(cases, rounds),
  stages: (cases, rounds) => measureStages(cases, rounds),
  roundtrip: (_cases, rounds) => measureRoundTrip(rounds),
  check: (cases) => checkSameResults(cases),
};

/** In the child: the measurement `kind` over `count` generated cases, printed as one JSON line. */
export async function runChild(kind, count, rounds) {
  const measure = CHILDREN[kind];
  if (!measure) throw new Error(`unknown child ${kind}`);
  const out = await measure(await loadCases(count), rounds);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** In the parent: runs the child `kind` and answers its JSON line. */
export function spawnJson(kind, cases, rounds) {
  const args = [BENCH, '--child', kind, '--cases', String(cases), '--rounds', String(rounds)];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench child ${kind} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}
