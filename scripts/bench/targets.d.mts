/** What one run measured; each target reads its part. */
export interface Measurements {
  naive: { rates: number[]; p50: number; p99: number };
  fast: { rates: number[]; p50: number; p99: number };
  roundTrip: { cases: number; triage: number; json: number };
  cold: { median: number; node: number; cpu: number; nodeCpu: number };
  batch: {
    n: number;
    mainThread: { rate: number };
    workers1: { rate: number };
    workersN: { rate: number; n: number; peakRss: number };
    large: { rate: number; n: number; peakRss: number };
    large1: { rate: number; n: number };
    capped: { n: number; error?: unknown };
  };
  bundle: { gzipBytes: number; lazyGzipBytes?: number; rulesJson: { gzipBytes: number }; root: { gzipBytes: number } };
}

/** One row of the target table. */
export interface Target {
  name: string;
  comparison: '<=' | '<' | '>=' | 'holds';
  threshold: number | boolean;
  value(measurements: Measurements): number | boolean;
  figure(measurements: Measurements, value: number | boolean): string;
}

export const TARGETS: Target[];
export function isTargetMet(target: Pick<Target, 'comparison' | 'threshold'>, value: number | boolean): boolean;
export function judgeTargets(
  measurements: Measurements,
  targets?: Target[],
): Array<{ name: string; met: boolean; figure: string }>;
export function formatTargetTable(judged: Array<{ name: string; met: boolean; figure: string }>): string;
