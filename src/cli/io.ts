import { readFile } from 'node:fs/promises';

/** Exit codes of the command line, as the contract fixes them. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Thrown for a usage error: exit 2 with the message on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file, or standard input for `-`. */
export async function readInput(path: string): Promise<string> {
  return path === '-' ? readStdin() : readFile(path, 'utf8');
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${what}: expected JSON; ${(error as Error).message}`);
  }
}

/** Input that could not be read as data: exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Standard output was closed by the reader (`dispute-triage batch … | head -1`): stop quietly. */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError';
}

let outputClosed = false;
// Without a listener an EPIPE from a closed pipe is an uncaught exception with a stack trace.
process.stdout.on('error', () => {
  outputClosed = true;
});

/** True once standard output can no longer be written. */
export function isOutputClosed(): boolean {
  return outputClosed;
}

/** Writes to standard output, waiting while the reader is slower than us, so memory stays flat. */
export async function writeOut(text: string): Promise<void> {
  if (outputClosed) throw new OutputClosedError('standard output is closed');
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      process.stdout.off('error', done);
      process.stdout.off('close', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('error', done);
    process.stdout.on('close', done);
  });
  if (outputClosed) throw new OutputClosedError('standard output is closed');
}
