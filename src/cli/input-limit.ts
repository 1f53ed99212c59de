import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError, UsageError } from './io.js';

// One size limit for what the command line reads as a case: the whole `triage` input, and each
// line of `batch`. Cases themselves have much smaller limits (see CaseLimits); this one stops a
// huge input before it is held in memory.

/** Default of `--max-input-bytes`: 4 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 4 * 1024 * 1024;
const MAX_ALLOWED = 512 * 1024 * 1024;

const DEFAULT_NOTE = `(default ${DEFAULT_MAX_INPUT_BYTES})`;
export const MAX_INPUT_HELP = `  --max-input-bytes <n> largest accepted case input in bytes ${DEFAULT_NOTE}`;

/**
 * The `--max-input-bytes` value, checked; throws a UsageError naming the flag.
 *
 * @example
 * parseMaxInputBytes(undefined); // 4194304
 */
export function parseMaxInputBytes(value: string | undefined, flag = '--max-input-bytes'): number {
  if (value === undefined) return DEFAULT_MAX_INPUT_BYTES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_ALLOWED)
    throw new UsageError(`${flag}: expected a whole number from 1 to ${MAX_ALLOWED}; found ${JSON.stringify(value)}`);
  return n;
}

function tooLarge(path: string, max: number): InputError {
  return new InputError(
    `${path === '-' ? 'standard input' : path}: the input is larger than ${max} bytes (--max-input-bytes)`,
  );
}

/**
 * Reads a file, or standard input for `-`, as UTF-8, refusing more than `max` bytes: a regular file
 * is measured before it is read, a stream is stopped once it passes the limit.
 *
 * @example
 * const text = await readInputLimited('case.json', DEFAULT_MAX_INPUT_BYTES);
 */
export async function readInputLimited(path: string, max: number): Promise<string> {
  if (path !== '-') {
    const info = await stat(path);
    if (info.isFile() && info.size > max) throw tooLarge(path, max);
  }
  const stream = path === '-' ? process.stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > max) {
      if (path !== '-') stream.destroy();
      throw tooLarge(path, max);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
