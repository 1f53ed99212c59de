// How many generated cases the property files run. FC_RUNS is the total across them (default
// 100,000, the CI budget); FC_SEED fixes the seed (printed by fast-check on failure, and in the
// test names) so a failure can be replayed with `FC_SEED=<seed> FC_RUNS=<n> npx vitest run test/properties`.
import fc from 'fast-check';

export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20_261_105);
export const TOTAL_RUNS = Number(process.env.FC_RUNS ?? 100_000);

/**
 * Each property file takes 15–35 s for the default budget on 2 busy cores (about 0.35 ms an
 * arbitrary input, 0.75 ms a mutated case, 0.8 ms a valid case triaged twice); the timeout leaves
 * room for a loaded CI machine and grows with FC_RUNS.
 */
export const PROPERTY_TIMEOUT = Math.max(180_000, TOTAL_RUNS * 5);

/** A share of the total run budget, at least one run. */
export function runsFor(share: number): number {
  return Math.max(1, Math.round(TOTAL_RUNS * share));
}

/**
 * fast-check's report with long runs of one character collapsed: a counterexample may hold a 2 MB
 * string. (Generic: run details are typed by each property's arguments.)
 */
function reportFailure<Ts>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const message = fc.defaultReportMessage(details) ?? 'property failed';
  const collapsed = message.replace(
    /([^])\1{99,}/g,
    (run, char: string) => `${char.repeat(10)}…(${run.length} × ${JSON.stringify(char)})`,
  );
  throw new Error(collapsed, { cause: details.errorInstance });
}

/** fast-check parameters for a property that gets `share` of the budget. */
export function propertyParameters(share: number) {
  return { numRuns: runsFor(share), seed: PROPERTY_SEED, endOnFailure: true, reporter: reportFailure };
}
