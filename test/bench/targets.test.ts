import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatTargetTable,
  isTargetMet,
  judgeTargets,
  type Measurements,
  TARGETS,
} from '../../scripts/bench/targets.mjs';

/** The first column of the table in the README's Performance section. */
function readmeTargetNames(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(
    readme.indexOf('\n## Performance'),
    readme.indexOf('\n## ', readme.indexOf('\n## Performance') + 1),
  );
  const rows = section.split('\n').filter((line) => line.startsWith('| '));
  return rows.slice(2).map((row) => row.split('|')[1]!.trim());
}

/** A run that meets every target. */
const good: Measurements = {
  naive: { rates: [90, 100, 110], p50: 9000, p99: 20000 },
  fast: { rates: [25_000, 30_000, 35_000], p50: 30, p99: 400 },
  roundTrip: { cases: 138, triage: 60, json: 50 },
  cold: { median: 140, node: 90, cpu: 120, nodeCpu: 80 },
  batch: {
    n: 2,
    mainThread: { rate: 10_000 },
    workers1: { rate: 9_000 },
    workersN: { rate: 16_000, n: 5_000, peakRss: 200 * 1048576 },
    large: { rate: 17_000, n: 25_000, peakRss: 210 * 1048576 },
    large1: { rate: 9_500, n: 25_000 },
    capped: { n: 25_000 },
  },
  bundle: {
    gzipBytes: 90 * 1024,
    lazyGzipBytes: 20 * 1024,
    rulesJson: { gzipBytes: 130 * 1024 },
    root: { gzipBytes: 220 * 1024 },
  },
};

describe('benchmark targets', () => {
  it('are the rows of the README Performance table, in order', () => {
    expect(readmeTargetNames()).toEqual(TARGETS.map((target) => target.name));
  });

  it('compare each value with its threshold', () => {
    expect(isTargetMet({ comparison: '<=', threshold: 1.5 }, 1.5)).toBe(true);
    expect(isTargetMet({ comparison: '<=', threshold: 1.5 }, 1.51)).toBe(false);
    expect(isTargetMet({ comparison: '<', threshold: 1000 }, 1000)).toBe(false);
    expect(isTargetMet({ comparison: '>=', threshold: 200 }, 200)).toBe(true);
    expect(isTargetMet({ comparison: '>=', threshold: 200 }, 199.9)).toBe(false);
    expect(isTargetMet({ comparison: 'holds', threshold: true }, false)).toBe(false);
  });

  it('judge a run from its measurements', () => {
    expect(judgeTargets(good).map(({ met }) => met)).toEqual(TARGETS.map(() => true));
    const slow = {
      ...good,
      cold: { ...good.cold, median: 151 },
      batch: { ...good.batch, capped: { n: 25_000, error: new Error('heap') } },
    };
    const judged = judgeTargets(slow);
    expect(judged.filter(({ met }) => !met).map(({ name }) => name)).toEqual([
      'cold start ≤ bare node + 60 ms',
      'batch at flat memory',
    ]);
    expect(judged.find(({ name }) => name.startsWith('cold start'))!.figure).toBe(
      '+61 ms wall (151 vs 90 ms); CPU time +40 ms (120 vs 80 ms)',
    );
    expect(judged[1]!.figure).toBe('300× (30,000 vs 100 cases/s)');
  });

  it('print as the Markdown table the README shows', () => {
    const lines = formatTargetTable(judgeTargets(good)).split('\n');
    expect(lines[0]).toBe('| target | met | figure in this run |');
    expect(lines).toHaveLength(TARGETS.length + 2);
    expect(lines[2]).toBe('| triage ≤ 1.5× the JSON round trip (fixture cases) | met | 1.20× (60.0 µs vs 50.0 µs) |');
  });
});
