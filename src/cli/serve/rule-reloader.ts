import { watch, type FSWatcher } from 'node:fs';
import type { Issue } from '../../issues.js';
import { isTriageError } from '../../errors/type-guards.js';
import type { Triage } from '../../triage.js';

/**
 * Holds the triage object in use and swaps it whole: a reload builds a new one beside it, and
 * only a complete, valid set replaces the old; requests already running keep the one they read.
 */
export interface RuleReloader {
  current(): Triage;
  /** Loads again; on failure keeps the old set and says why. */
  reload(): Promise<{ ok: true; triage: Triage } | { ok: false; issues: readonly Issue[]; message: string }>;
  /** Reloads when a file under one of `paths` changes (debounced), e.g. a Kubernetes ConfigMap swap. */
  watch(paths: readonly string[], onReload: (outcome: Awaited<ReturnType<RuleReloader['reload']>>) => void): void;
  close(): void;
}

/** Builds a reloader over a loader that reads the rule files (and calendar) from disk and builds a triage object. */
export async function createRuleReloader(load: () => Promise<Triage>, debounceMs = 250): Promise<RuleReloader> {
  let triage = await load();
  let chain: Promise<unknown> = Promise.resolve();
  const watchers: FSWatcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reload: RuleReloader['reload'] = () => {
    // One reload at a time, in order: a burst of file events ends on the newest files.
    const next = chain.then(async () => {
      try {
        triage = await load();
        return { ok: true as const, triage };
      } catch (error) {
        return {
          ok: false as const,
          issues: isTriageError(error) ? error.issues : [],
          message: (error as Error).message,
        };
      }
    });
    chain = next;
    return next;
  };
  return {
    current: () => triage,
    reload,
    watch(paths, onReload) {
      for (const path of paths) {
        // A ConfigMap update renames the `..data` symlink in the mounted directory: a top-level event.
        const watcher = watch(path, { recursive: true, persistent: false }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => void reload().then(onReload), debounceMs);
        });
        watcher.on('error', () => undefined);
        watchers.push(watcher);
      }
    },
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
