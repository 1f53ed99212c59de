import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

/**
 * The environment for npm in a throwaway project: without the `npm_*` variables that `npm test`
 * sets for its own package (prefix, lifecycle, package fields), which would point npm back here.
 */
export function cleanNpmEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || keep.has(key.toLowerCase())),
  );
}

/** Runs a command and fails with its output when it does not exit 0. */
export function runOrThrow(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const out = spawnSync(command, args, { cwd, env: cleanNpmEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.error) throw out.error;
  if (out.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${out.status}\n${out.stdout}\n${out.stderr}`);
  return out;
}

/**
 * Packs the built package as `npm publish` would and returns the tarball's path. Needs `npm run build` first:
 * `--ignore-scripts` skips `prepack`, whose rebuild would rewrite dist/ under the CLI tests running beside.
 */
export function packPackage(destination: string): string {
  const out = runOrThrow('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], ROOT);
  const [{ filename }] = JSON.parse(out.stdout) as [{ filename: string }];
  return join(destination, filename);
}
