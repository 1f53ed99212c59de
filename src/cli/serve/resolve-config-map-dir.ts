import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A Kubernetes ConfigMap volume holds its files in a timestamped directory behind the `..data`
 * symlink, swapped atomically on update, with top-level symlinks into it. Reading through `..data`
 * (resolved once per load) sees one complete version, never a mix of old and new files.
 */
export function resolveConfigMapDir(dir: string): string {
  const data = join(dir, '..data');
  return existsSync(data) ? realpathSync(data) : dir;
}
