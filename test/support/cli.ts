import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

export const CLI = join(ROOT, 'dist', 'cli.js');

/** Runs the built command line as a child process. */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const spawnOptions: SpawnSyncOptions = {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  };
  const out = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  return { status: out.status, stdout: String(out.stdout), stderr: String(out.stderr) };
}
