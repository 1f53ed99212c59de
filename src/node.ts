// File-system helpers for Node: load rule files and cases from disk. The core stays in the root entry.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InvalidRulesError } from './errors/invalid-rules-error.js';
import type { Issue } from './issues.js';
import { compileRuleSet, type CompileRuleSetOptions } from './rules/compile-rule-set.js';
import type { RuleSet, RuleSource } from './rules/rule-set.js';

async function listJson(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listJson(path);
      return entry.isFile() && entry.name.endsWith('.json') ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Load order: catalogs (under `catalog/`) first, then packs; each alphabetical by path. */
function loadOrder(a: string, b: string): number {
  const ka = a.startsWith('catalog/') ? 0 : 1;
  const kb = b.startsWith('catalog/') ? 0 : 1;
  return ka - kb || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Reads every `.json` file under a directory as rule files. Files that are not valid UTF-8 JSON
 * are reported together, and nothing is returned unless every file parses.
 *
 * @example
 * const sources = await loadRuleFiles('./my-rules');
 */
export async function loadRuleFiles(dir: string): Promise<RuleSource[]> {
  const paths = await listJson(dir);
  const named = paths.map((path) => ({ path, file: relative(dir, path).split(sep).join('/') })).sort((a, b) => loadOrder(a.file, b.file));
  const issues: Issue[] = [];
  const sources: RuleSource[] = [];
  for (const { path, file } of named) {
    const bytes = await readFile(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      issues.push({ code: 'invalid_utf8', file, path: '', message: 'expected UTF-8 text; found invalid byte sequences' });
      continue;
    }
    try {
      sources.push({ file, content: JSON.parse(text.replace(/^\uFEFF/, '')) });
    } catch (error) {
      issues.push({ code: 'invalid_json', file, path: '', message: `expected JSON; ${(error as Error).message}` });
    }
  }
  if (issues.length > 0) throw new InvalidRulesError(issues);
  return sources;
}

/**
 * Loads and compiles the rule files of a directory into a rule set (all or nothing).
 *
 * @example
 * import { createTriage } from 'pos-dispute-triage';
 * import { loadRuleSet } from 'pos-dispute-triage/node';
 * const triage = createTriage({ rules: await loadRuleSet('./rules') });
 */
export async function loadRuleSet(dir: string, options: CompileRuleSetOptions = {}): Promise<RuleSet> {
  return compileRuleSet(await loadRuleFiles(dir), options);
}
