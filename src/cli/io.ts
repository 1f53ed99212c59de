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
