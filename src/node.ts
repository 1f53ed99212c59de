// File-system helpers for Node: load rule files and cases from disk. The core stays in the root entry.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InvalidRulesError } from './errors/invalid-rules-error.js';
import type { Issue } from './issues.js';
import { compileRuleSet, type CompileRuleSetOptions } from './rules/compile-rule-set.js';
import { guardRuleSources, type RuleSourceLimits } from './rules/guard-rule-source.js';
import type { RuleSet, RuleSource } from './rules/rule-set.js';
import { withDefaultRules } from './rules/with-default-rules.js';

/** A `.json` file found under a rules directory: the path it was found at and the file it really is. */
interface FoundFile {
  path: string;
  real: string;
}

/**
 * Every `.json` file under `root`, following symbolic links: a directory reached twice (a link
 * loop, or two links to one place) is read once. Names starting with a dot are skipped, so a
 * Kubernetes ConfigMap mount (visible links into `..data`, itself a link to `..<timestamp>`) reads
 * each file once, by its visible name. A link that points nowhere is reported.
 */
async function listJson(root: string): Promise<{ found: FoundFile[]; issues: Issue[] }> {
  const found: FoundFile[] = [];
  const issues: Issue[] = [];
  const visited = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    const real = await realpath(dir);
    if (visited.has(real)) continue;
    visited.add(real);
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let kind = entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        try {
          const info = await stat(path);
          kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
        } catch {
          const file = relative(root, path).split(sep).join('/');
          issues.push({
            code: 'broken_link',
            file,
            path: '',
            message: 'expected a rule file or directory; the symbolic link points to nothing',
          });
          continue;
        }
      }
      // A `calendar/` folder at the top of a rules directory holds calendar data, not rule files.
      if (kind === 'directory' && dir === root && entry.name === 'calendar') continue;
      if (kind === 'directory') stack.push(path);
      else if (kind === 'file' && entry.name.endsWith('.json')) found.push({ path, real: await realpath(path) });
    }
  }
  return { found, issues };
}

/** Load order: catalogs (under `catalog/`) first, then packs; each alphabetical by path. */
function loadOrder(a: string, b: string): number {
  const ka = a.startsWith('catalog/') ? 0 : 1;
  const kb = b.startsWith('catalog/') ? 0 : 1;
  return ka - kb || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Options for {@link loadRuleFiles}.
 *
 * @example
 * const sources = await loadRuleFiles('./rules', { maxFileBytes: 16 * 1024 * 1024 });
 */
export interface LoadRuleFilesOptions {
  /** Largest rule file read, in bytes; a larger one is reported without being read. Default 4 MiB. */
  maxFileBytes?: number;
  /** Most bytes read over all files. Default 32 MiB. */
  maxTotalBytes?: number;
  /** Limits on the parsed content (nesting, values, string length), as `compileRuleSet` applies them. */
  limits?: Partial<RuleSourceLimits>;
}

const MIB = 1024 * 1024;

/**
 * Reads every `.json` file under a directory as rule files. Files that are not valid UTF-8 JSON
 * are reported together, and nothing is returned unless every file parses. Files over the size
 * limits are reported without being read, and parsed content passes the same guard as in
 * `compileRuleSet` (no prototype-named keys, bounded nesting and size). Given several
 * directories, reads them in that order and names each file by its directory
 * (`partner-rules/acme.json`), so messages say where to look.
 *
 * @example
 * const sources = await loadRuleFiles('./my-rules');
 * const layered = await loadRuleFiles(['./rules', './partner-rules']);
 */
export async function loadRuleFiles(
  dir: string | readonly string[],
  options: LoadRuleFilesOptions = {},
): Promise<RuleSource[]> {
  const { maxFileBytes = 4 * MIB, maxTotalBytes = 32 * MIB } = options;
  const dirs = typeof dir === 'string' ? [dir] : dir;
  const named: Array<{ path: string; file: string; real: string }> = [];
  const issues: Issue[] = [];
  for (const one of dirs) {
    const prefix = typeof dir === 'string' ? '' : `${one.split(sep).join('/').replace(/\/+$/, '')}/`;
    const listing = await listJson(one);
    issues.push(...listing.issues.map((issue) => ({ ...issue, file: prefix + issue.file })));
    const files = listing.found.map(({ path, real }) => ({
      path,
      real,
      file: relative(one, path).split(sep).join('/'),
    }));
    named.push(...files.sort((a, b) => loadOrder(a.file, b.file)).map((f) => ({ ...f, file: prefix + f.file })));
  }
  const sources: RuleSource[] = [];
  const loaded = new Set<string>();
  let totalBytes = 0;
  for (const { path, file, real } of named) {
    // A file reached by two names (a link next to its target) is one rule file: loaded once, first name wins.
    if (loaded.has(real)) continue;
    loaded.add(real);
    // Sizes are checked before reading, so a file of gigabytes is never loaded into memory.
    const { size } = await stat(path);
    if (size > maxFileBytes) {
      issues.push({
        code: 'limit_exceeded',
        file,
        path: '',
        message: `the file is ${size} bytes; the limit maxFileBytes is ${maxFileBytes}`,
      });
      continue;
    }
    // Only files that are read count towards the total: a skipped oversized file is reported once, as itself.
    totalBytes += size;
    if (totalBytes > maxTotalBytes) {
      issues.push({
        code: 'limit_exceeded',
        file,
        path: '',
        message: `the rule files reach ${totalBytes} bytes with this one; the limit maxTotalBytes is ${maxTotalBytes}`,
      });
      break;
    }
    const bytes = await readFile(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      issues.push({
        code: 'invalid_utf8',
        file,
        path: '',
        message: 'expected UTF-8 text; found invalid byte sequences',
      });
      continue;
    }
    try {
      sources.push({ file, content: JSON.parse(text.replace(/^\uFEFF/, '')) });
    } catch (error) {
      issues.push({ code: 'invalid_json', file, path: '', message: `expected JSON; ${(error as Error).message}` });
    }
  }
  issues.push(...guardRuleSources(sources, options.limits));
  if (issues.length > 0) throw new InvalidRulesError(issues);
  return sources;
}

/**
 * Options for {@link loadRuleSet}.
 *
 * @example
 * const ruleSet = await loadRuleSet('./partner-rules', {
 *   includeDefaults: true,
 *   parameters: { retrieval_response_working_days: 7 },
 * });
 */
export interface LoadRuleSetOptions extends CompileRuleSetOptions, Omit<LoadRuleFilesOptions, 'limits'> {
  /**
   * Put the bundled rules before the directories' files, which then add to, override or disable them.
   * Default false.
   */
  includeDefaults?: boolean;
}

/**
 * Loads and compiles the rule files of one or more directories into a rule set (all or nothing).
 *
 * @example
 * import { createTriage } from 'pos-dispute-triage';
 * import { loadRuleSet } from 'pos-dispute-triage/node';
 * const triage = createTriage({ rules: await loadRuleSet('./rules') });
 * // Partner packs on top of the bundled rules:
 * const partner = createTriage({ rules: await loadRuleSet(['./partner-rules'], { includeDefaults: true }) });
 */
export async function loadRuleSet(dir: string | readonly string[], options: LoadRuleSetOptions = {}): Promise<RuleSet> {
  const { includeDefaults = false, maxFileBytes, maxTotalBytes, ...compileOptions } = options;
  const files = await loadRuleFiles(dir, { maxFileBytes, maxTotalBytes, limits: compileOptions.limits });
  return compileRuleSet(includeDefaults ? withDefaultRules(files) : files, compileOptions);
}
