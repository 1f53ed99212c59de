/**
 * One hypothetical change to a case: one more evidence item held, or one more channel contacted at `asOf`.
 *
 * @example
 * const evidenceToGet = report.unchanged.filter((change: WhatIfChange) => change.kind === 'evidence');
 */
export type WhatIfChange =
  | { kind: 'evidence'; id: string; label: string }
  | { kind: 'contact'; channel: string; label: string; responded: boolean };
