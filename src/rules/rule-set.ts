import type { CaseVocabulary } from '../case/schema.js';
import type { MergedTemplates } from '../documents/compile-templates.js';
import type { Condition } from './condition-schema.js';
import type { Catalog, Outcome, Parameter, Rule } from './schema.js';

type Entries<K extends keyof Catalog> = NonNullable<Catalog[K]>;

/**
 * All catalogs of a rule set merged into one.
 *
 * @example
 * const label = triage.ruleSet.catalog.channels['pboc_12363']?.label.en;
 */
export interface MergedCatalog {
  scenarios: Entries<'scenarios'>;
  stages: Entries<'stages'>;
  causes: Entries<'causes'>;
  evidence: Entries<'evidence'>;
  actions: Entries<'actions'>;
  channels: Entries<'channels'>;
  gates: Entries<'gates'>;
  dates: Entries<'dates'>;
  crosswalk: Entries<'crosswalk'>;
  settlementCycles: Entries<'settlementCycles'>;
  sources: Entries<'sources'>;
}

/**
 * One rule after loading: where it came from and its place in definition order.
 *
 * @example
 * for (const rule of triage.ruleSet.rules) console.log(rule.id, rule.file, rule.sources.join(' '), rule.confidence);
 */
export interface CompiledRule extends Rule {
  /** Position in definition order (pack order, then order in the file). */
  index: number;
  /** Position in its file's `rules` array, for JSON pointers in messages. */
  position: number;
  pack: string;
  file: string;
  outcome: Outcome;
}

/**
 * A rule file in a rule set: its id, version, kind and file name.
 *
 * @example
 * console.log(triage.ruleSet.packs.map((pack) => `${pack.id}@${pack.version}`).join(', '));
 */
export interface PackInfo {
  id: string;
  version: string;
  kind: 'rules' | 'catalog' | 'templates';
  file: string;
}

/**
 * A validated, merged rule set: what `createTriage` runs. Build it with `compileRuleSet`.
 *
 * @example
 * const ruleSet: RuleSet = compileRuleSet(sources);
 * const triage = createTriage({ rules: ruleSet });
 */
export interface RuleSet {
  readonly version: string;
  readonly hash: string;
  readonly packs: readonly PackInfo[];
  readonly catalog: MergedCatalog;
  readonly rules: readonly CompiledRule[];
  readonly namedConditions: Readonly<Record<string, Condition>>;
  readonly parameters: Readonly<Record<string, Parameter>>;
  /** Parameter values in force: defaults with the caller's overrides applied. */
  readonly parameterValues: Readonly<Record<string, number>>;
  readonly vocabulary: CaseVocabulary;
  /** Document templates (files of kind "templates"), merged and checked; not part of `version` or `hash`. */
  readonly templates: MergedTemplates;
}

/**
 * A rule file as handed to the compiler: its name (for messages) and its parsed JSON.
 *
 * @example
 * const source: RuleSource = { file: 'partner.json', content: JSON.parse(text) };
 */
export interface RuleSource {
  file: string;
  content: unknown;
}
