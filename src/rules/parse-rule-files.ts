import type { Issue } from '../issues.js';
import { fromZodIssues } from '../zod-issues.js';
import { issueAt } from './check-conditions.js';
import type { PackInfo, RuleSource } from './rule-set.js';
import { RuleFileSchema, type Catalog, type RulePack } from './schema.js';
import type { TemplateFile } from './template-schema.js';

/** A catalog with the file it came from. */
export interface CatalogFile {
  file: string;
  catalog: Catalog;
}

/** A rule pack with the file it came from. */
export interface PackFile {
  file: string;
  pack: RulePack;
}

/** The rule files sorted by kind, each validated against the rule file schema. */
export interface ParsedRuleFiles {
  catalogs: CatalogFile[];
  packs: PackFile[];
  templateFiles: Array<{ file: string; content: TemplateFile }>;
  packInfo: PackInfo[];
  /** Schema problems and reused pack ids; when there are any, nothing else is checked. */
  issues: Issue[];
}

/** The id of the rule a pointer such as `/rules/3/…` points into, or `#3` when it has none. */
function ruleIdAt(content: unknown, pointer: string): { rule?: string } {
  const match = /^\/rules\/(\d+)/.exec(pointer);
  if (!match || typeof content !== 'object' || content === null) return {};
  const rules = (content as { rules?: unknown }).rules;
  const rule = Array.isArray(rules) ? rules[Number(match[1])] : undefined;
  const id = typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? { rule: id } : { rule: `#${match[1]}` };
}

function findDuplicatePacks(packInfo: readonly PackInfo[]): Issue[] {
  const issues: Issue[] = [];
  const seenPack = new Map<string, string>();
  for (const info of packInfo) {
    const earlier = seenPack.get(info.id);
    if (earlier !== undefined) {
      const message = `pack id ${JSON.stringify(info.id)} is already used by ${earlier}`;
      issues.push(issueAt(info.file, undefined, 'duplicate_pack', ['id'], message));
    }
    seenPack.set(info.id, info.file);
  }
  return issues;
}

/**
 * Validates each rule file against the rule file schema and sorts the valid ones into catalogs,
 * packs and templates files; reports schema problems (with file and rule) and reused pack ids.
 *
 * @example
 * const parsed = parseRuleFiles([{ file: 'catalog.json', content: catalog }]);
 * if (parsed.issues.length > 0) throw new InvalidRulesError(parsed.issues);
 */
export function parseRuleFiles(sources: readonly RuleSource[]): ParsedRuleFiles {
  const parsed: ParsedRuleFiles = { catalogs: [], packs: [], templateFiles: [], packInfo: [], issues: [] };
  for (const source of sources) {
    const result = RuleFileSchema.safeParse(source.content, { reportInput: true });
    if (!result.success) {
      for (const issue of fromZodIssues(result.error.issues))
        parsed.issues.push({ ...issue, file: source.file, ...ruleIdAt(source.content, issue.path) });
      continue;
    }
    const file = result.data;
    parsed.packInfo.push({ id: file.id, version: file.version, kind: file.kind, file: source.file });
    if (file.kind === 'catalog') parsed.catalogs.push({ file: source.file, catalog: file });
    else if (file.kind === 'templates') parsed.templateFiles.push({ file: source.file, content: file });
    else parsed.packs.push({ file: source.file, pack: file });
  }
  parsed.issues.push(...findDuplicatePacks(parsed.packInfo));
  return parsed;
}
