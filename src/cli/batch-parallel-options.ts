import { availableParallelism } from 'node:os';
import { UsageError } from './io.js';
import type { InputLine } from './read-lines.js';

/** One of `count` disjoint slices of the input: the lines whose index modulo `count` is `index`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * `--workers`: a whole number from 0 (the main thread answers) to 256; default: the available cores.
 *
 * @example
 * parseWorkers('2'); // 2
 */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 256)
    throw new UsageError(`--workers: expected a whole number from 0 to 256; found ${JSON.stringify(value)}`);
  return n;
}

/**
 * `--shard i/n`: slice i (0 ≤ i < n) of n; undefined when not given.
 *
 * @example
 * parseShard('1/4'); // { index: 1, count: 4 }
 */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count)
    throw new UsageError(
      `--shard: expected i/n with whole numbers 0 ≤ i < n (e.g. 0/4); found ${JSON.stringify(value)}`,
    );
  return { index, count };
}

/**
 * The lines to answer: blank lines left out, and with a shard only those whose index (line number − 1)
 * modulo the shard count is the shard's index. Line numbers stay those of the whole input.
 *
 * @example
 * for await (const line of shardLines(readLines(stream, max), { index: 0, count: 2 })) console.log(line.number);
 */
export async function* shardLines(
  lines: AsyncIterable<InputLine>,
  shard: Shard | undefined,
): AsyncGenerator<InputLine> {
  for await (const line of lines) {
    if (shard && (line.number - 1) % shard.count !== shard.index) continue;
    if ('text' in line && line.text.trim() === '') continue;
    yield line;
  }
}
