import type { AsOfOption } from './as-of-option.js';
import type { RuleOptionValues } from './rule-options.js';

/**
 * What the main thread of `batch --workers N` hands every worker thread.
 *
 * @example
 * const data: BatchWorkerData = { rules: {}, clock: Date.now(), maxBytes: 1024 * 1024 };
 */
export interface BatchWorkerData {
  rules: RuleOptionValues;
  calendar?: string[];
  clock: number;
  maxBytes: number;
  asOf?: AsOfOption;
}

/**
 * The answers to one chunk of lines, in order, with their tallies.
 *
 * @example
 * const empty: ChunkAnswer = { text: '', lines: 0, ok: 0, failed: 0, internal: 0 };
 */
export interface ChunkAnswer {
  text: string;
  lines: number;
  ok: number;
  failed: number;
  internal: number;
}
