import { stat } from 'node:fs/promises';
import { UsageError } from './io.js';

/**
 * Checks that `path` is a file (or a directory) before a command reads it, so `lint <file>` or
 * `batch <directory>` is a one-line usage error rather than a stack trace. A path that does not
 * exist is left for the read to report; `-` (standard input) always passes as a file.
 *
 * @example
 * await requirePathKind('cases.ndjson', 'file', 'batch');
 */
export async function requirePathKind(path: string, kind: 'file' | 'directory', what: string): Promise<void> {
  if (path === '-' && kind === 'file') return;
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    return;
  }
  if (kind === 'file' && isDirectory)
    throw new UsageError(`${what}: expected a file; ${JSON.stringify(path)} is a directory`);
  if (kind === 'directory' && !isDirectory)
    throw new UsageError(`${what}: expected a directory of rule files; ${JSON.stringify(path)} is not a directory`);
}
