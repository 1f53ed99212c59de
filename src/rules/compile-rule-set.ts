import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { InvalidRulesError } from '../errors/invalid-rules-error.js';
import { compileTemplates } from '../documents/compile-templates.js';
import { DATE_FACTS } from '../facts/fact-catalog.js';
import type { Issue } from '../issues.js';
import { fromZodIssues } from '../zod-issues.js';
import { canonicalJson } from './canonical-json.js';
import { checkCondition, issueAt, referencedConditions, type ConditionScope } from './check-conditions.js';
import { conditionDepth, MAX_CONDITION_DEPTH, namedConditionDepths } from './check-condition-depth.js';
import { guardRuleSources, type RuleSourceLimits } from './guard-rule-source.js';
import { checkParameterOverride } from './check-parameter-override.js';
import { rememberRuleSetOrigin } from './rule-set-origin.js';
import type { Condition } from './condition-schema.js';
import type { CompiledRule, MergedCatalog, PackInfo, RuleSet, RuleSource } from './rule-set.js';
import { RuleFileSchema, type Catalog, type Days, type Parameter, type RulePack } from './schema.js';
import type { TemplateFile } from './template-schema.js';

/**
 * Options for {@link compileRuleSet}.
 *
 * @example
 * const ruleSet = compileRuleSet(sources, { parameters: { retrieval_response_working_days: 7 } });
 */
export interface CompileRuleSetOptions {
  /** Override parameter values (day counts, thresholds) declared by the packs. */
  parameters?: Record<string, number>;
  /** Size limits for the rule files, checked before anything else. */
  limits?: Partial<RuleSourceLimits>;
}

const CATALOG_SECTIONS = [
  'scenarios',
  'stages',
  'causes',
  'evidence',
  'actions',
  'channels',
  'gates',
  'dates',
  'settlementCycles',
  'sources',
] as const;

function emptyCatalog(): MergedCatalog {
  return {
    scenarios: {},
    stages: {},
    causes: {},
    evidence: {},
    actions: {},
    channels: {},
    gates: {},
    dates: {},
    crosswalk: [],
    settlementCycles: {},
    sources: {},
  };
}

/**
 * Validates and merges rule files (catalogs and rule packs) into a rule set. All or nothing: any
 * problem anywhere rejects the whole set with an `InvalidRulesError` whose issues name file, rule
 * id and JSON pointer.
 *
 * @example
 * const ruleSet = compileRuleSet([{ file: 'catalog.json', content: catalog }, { file: 'chargeback.json', content: pack }]);
 */
export function compileRuleSet(sources: readonly RuleSource[], options: CompileRuleSetOptions = {}): RuleSet {
  const guarded = guardRuleSources(sources, options.limits);
  if (guarded.length > 0) throw new InvalidRulesError(guarded);
  const issues: Issue[] = [];
  const catalogs: Array<{ file: string; catalog: Catalog }> = [];
  const packs: Array<{ file: string; pack: RulePack }> = [];
  const templateFiles: Array<{ file: string; content: TemplateFile }> = [];
  const packInfo: PackInfo[] = [];

  for (const source of sources) {
    const parsed = RuleFileSchema.safeParse(source.content, { reportInput: true });
    if (!parsed.success) {
      for (const issue of fromZodIssues(parsed.error.issues))
        issues.push({ ...issue, file: source.file, ...ruleIdAt(source.content, issue.path) });
      continue;
    }
    const file = parsed.data;
    packInfo.push({ id: file.id, version: file.version, kind: file.kind, file: source.file });
    if (file.kind === 'catalog') catalogs.push({ file: source.file, catalog: file });
    else if (file.kind === 'templates') templateFiles.push({ file: source.file, content: file });
    else packs.push({ file: source.file, pack: file });
  }
  const seenPack = new Map<string, string>();
  for (const info of packInfo) {
    const earlier = seenPack.get(info.id);
    if (earlier !== undefined)
      issues.push(
        issueAt(
          info.file,
          undefined,
          'duplicate_pack',
          ['id'],
          `pack id ${JSON.stringify(info.id)} is already used by ${earlier}`,
        ),
      );
    seenPack.set(info.id, info.file);
  }
  if (issues.length > 0) throw new InvalidRulesError(issues);

  const catalog = mergeCatalogs(catalogs, issues);
  const parameters: Record<string, Parameter> = {};
  const namedConditions: Record<string, Condition> = {};
  const conditionOrigin: Record<string, { file: string; path: PropertyKey[] }> = {};
  for (const { file, pack } of packs) {
    for (const [name, parameter] of Object.entries(pack.parameters ?? {})) {
      if (Object.hasOwn(parameters, name))
        issues.push(
          issueAt(
            file,
            undefined,
            'duplicate_parameter',
            ['parameters', name],
            `parameter ${JSON.stringify(name)} is declared twice`,
          ),
        );
      parameters[name] = parameter;
    }
    for (const [name, condition] of Object.entries(pack.conditions ?? {})) {
      if (Object.hasOwn(namedConditions, name))
        issues.push(
          issueAt(
            file,
            undefined,
            'duplicate_condition',
            ['conditions', name],
            `named condition ${JSON.stringify(name)} is declared twice`,
          ),
        );
      namedConditions[name] = condition;
      conditionOrigin[name] = { file, path: ['conditions', name] };
    }
  }

  const parameterValues: Record<string, number> = {};
  for (const [name, parameter] of Object.entries(parameters)) parameterValues[name] = parameter.value;
  for (const [name, value] of Object.entries(options.parameters ?? {})) {
    if (!Object.hasOwn(parameters, name))
      issues.push({
        code: 'unknown_parameter',
        file: '(options)',
        path: `/parameters/${name}`,
        message: `expected a parameter declared by a pack (${Object.keys(parameters).join(', ') || 'none'}); found ${JSON.stringify(name)}`,
      });
    else {
      const problem = checkParameterOverride(name, parameters[name]!, value);
      if (problem)
        issues.push({ code: 'invalid_parameter', file: '(options)', path: `/parameters/${name}`, message: problem });
      // Kept even when invalid, so the day-count checks below also name where it is used.
      parameterValues[name] = value;
    }
  }

  const scope: DayScope = {
    parameterValues,
    ids: {
      scenarios: new Set(Object.keys(catalog.scenarios)),
      causes: new Set(Object.keys(catalog.causes)),
      stages: new Set(Object.keys(catalog.stages)),
      evidence: new Set(Object.keys(catalog.evidence)),
      channels: new Set(Object.keys(catalog.channels)),
    },
    namedConditions: new Set(Object.keys(namedConditions)),
    parameters: new Set(Object.keys(parameters)),
  };

  checkCatalog(catalogs, catalog, scope, issues);
  for (const [name, condition] of Object.entries(namedConditions)) {
    const origin = conditionOrigin[name]!;
    checkCondition(condition, scope, origin.path, (code, path, message) =>
      issues.push(issueAt(origin.file, undefined, code, path, message)),
    );
  }
  checkConditionCycles(namedConditions, conditionOrigin, issues);
  // Measured even with cycles (a reference back into the cycle counts as no depth).
  const depths = namedConditionDepths(namedConditions);
  const tooDeep = (condition: Condition, file: string, rule: string | undefined, at: PropertyKey[]) => {
    const depth = conditionDepth(condition, depths);
    if (depth <= MAX_CONDITION_DEPTH) return;
    const message = `the condition nests ${depth} levels deep with its named conditions expanded; the limit is ${MAX_CONDITION_DEPTH}`;
    issues.push(issueAt(file, rule, 'too_deep', at, message));
  };
  // The deepest named condition only: a chain of thousands is one problem, not thousands.
  const deepestNamed = [...depths].reduce<[string, number] | undefined>(
    (a, b) => (a && a[1] >= b[1] ? a : b),
    undefined,
  );
  if (deepestNamed)
    tooDeep(
      namedConditions[deepestNamed[0]]!,
      conditionOrigin[deepestNamed[0]]!.file,
      undefined,
      conditionOrigin[deepestNamed[0]]!.path,
    );
  for (const { file, catalog: one } of catalogs) {
    for (const [id, gate] of Object.entries(one.gates ?? {}))
      tooDeep(gate.conditions, file, undefined, ['gates', id, 'conditions']);
    for (const [id, action] of Object.entries(one.actions ?? {}))
      if (action.doneWhen) tooDeep(action.doneWhen, file, undefined, ['actions', id, 'doneWhen']);
  }

  const rules = collectRules(packs, issues);
  const deadlineIds = new Set(rules.flatMap((rule) => (rule.outcome.deadlines ?? []).map((d) => d.id)));
  for (const rule of rules) checkRule(rule, catalog, scope, deadlineIds, issues);
  for (const rule of rules) tooDeep(rule.conditions, rule.file, rule.id, ['rules', rule.position, 'conditions']);
  const vocabulary = {
    scenarios: Object.keys(catalog.scenarios),
    causes: Object.keys(catalog.causes),
    stages: Object.keys(catalog.stages),
    evidence: Object.keys(catalog.evidence),
    channels: Object.keys(catalog.channels),
  };
  const templates = compileTemplates(templateFiles, { vocabulary }, issues);
  checkSourceKeys(packs, catalog, issues);

  if (issues.length > 0) throw new InvalidRulesError(issues);

  // Templates shape drafts, not advice: a result's version and hash name only the files that produce it.
  const advice = sources.filter((s) => (s.content as { kind?: unknown }).kind !== 'templates');
  const hash = bytesToHex(
    sha256(utf8ToBytes(canonicalJson({ sources: advice.map((s) => s.content), parameterValues }))),
  );
  const ruleSet: RuleSet = {
    version: packInfo
      .filter((p) => p.kind !== 'templates')
      .map((p) => `${p.id}@${p.version}`)
      .join(' '),
    hash: `sha256:${hash}`,
    packs: packInfo,
    catalog,
    rules,
    namedConditions,
    parameters,
    parameterValues,
    vocabulary,
    templates,
  };
  rememberRuleSetOrigin(ruleSet, { sources, parameters: { ...options.parameters } });
  return ruleSet;
}

function ruleIdAt(content: unknown, pointer: string): { rule?: string } {
  const match = /^\/rules\/(\d+)/.exec(pointer);
  if (!match || typeof content !== 'object' || content === null) return {};
  const rules = (content as { rules?: unknown }).rules;
  const rule = Array.isArray(rules) ? rules[Number(match[1])] : undefined;
  const id = typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? { rule: id } : { rule: `#${match[1]}` };
}

function mergeCatalogs(catalogs: Array<{ file: string; catalog: Catalog }>, issues: Issue[]): MergedCatalog {
  const merged = emptyCatalog();
  for (const { file, catalog } of catalogs) {
    for (const section of CATALOG_SECTIONS) {
      const entries = catalog[section] as Record<string, unknown> | undefined;
      const target = merged[section] as Record<string, unknown>;
      for (const [id, entry] of Object.entries(entries ?? {})) {
        const override = (entry as { override?: boolean }).override === true;
        if (Object.hasOwn(target, id) && !override)
          issues.push(
            issueAt(
              file,
              undefined,
              'duplicate_id',
              [section, id],
              `${section} id ${JSON.stringify(id)} is declared by two catalogs; set "override": true on the later entry to replace it`,
            ),
          );
        if (!Object.hasOwn(target, id) && override)
          issues.push(
            issueAt(
              file,
              undefined,
              'unknown_id',
              [section, id, 'override'],
              `"override" is set but no earlier catalog declares ${section} id ${JSON.stringify(id)}`,
            ),
          );
        target[id] = entry;
      }
    }
    merged.crosswalk.push(...(catalog.crosswalk ?? []));
  }
  return merged;
}

function checkCatalog(
  catalogs: Array<{ file: string; catalog: Catalog }>,
  merged: MergedCatalog,
  scope: ConditionScope,
  issues: Issue[],
): void {
  for (const { file, catalog } of catalogs) {
    const report = (code: string, path: PropertyKey[], message: string) =>
      issues.push(issueAt(file, undefined, code, path, message));
    for (const [id, cause] of Object.entries(catalog.causes ?? {})) {
      cause.scenarios.forEach((scenario, i) => {
        if (!scope.ids.scenarios.has(scenario))
          report(
            'unknown_id',
            ['causes', id, 'scenarios', i],
            `expected a known scenario id; found ${JSON.stringify(scenario)}`,
          );
      });
    }
    for (const [id, channel] of Object.entries(catalog.channels ?? {})) {
      (channel.gates ?? []).forEach((gate, i) => {
        if (!Object.hasOwn(merged.gates, gate))
          report(
            'unknown_gate',
            ['channels', id, 'gates', i],
            `expected a gate declared in a catalog; found ${JSON.stringify(gate)}`,
          );
      });
      if (channel.replyWindow)
        checkDays(channel.replyWindow.days, scope, ['channels', id, 'replyWindow', 'days'], report);
    }
    for (const [id, gate] of Object.entries(catalog.gates ?? {}))
      checkCondition(gate.conditions, scope, ['gates', id, 'conditions'], report);
    for (const [id, action] of Object.entries(catalog.actions ?? {})) {
      if (action.doneWhen) checkCondition(action.doneWhen, scope, ['actions', id, 'doneWhen'], report);
    }
    (catalog.crosswalk ?? []).forEach((entry, i) => {
      if (!scope.ids.causes.has(entry.cause))
        report(
          'unknown_id',
          ['crosswalk', i, 'cause'],
          `expected a known cause id; found ${JSON.stringify(entry.cause)}`,
        );
    });
  }
  if (catalogs.length > 0) {
    const file = catalogs[0]!.file;
    for (const date of DATE_FACTS) {
      if (!Object.hasOwn(merged.dates, date))
        issues.push(
          issueAt(
            file,
            undefined,
            'missing_label',
            ['dates', date],
            `date fact ${JSON.stringify(date)} has no label in any catalog`,
          ),
        );
    }
  } else {
    issues.push({
      code: 'missing_catalog',
      file: '(rule set)',
      path: '',
      message: 'expected at least one catalog file (kind "catalog") with the labels of every id; found none',
    });
  }
}

/** The scope a day count is checked in: parameter values too, since day arithmetic walks day by day. */
type DayScope = ConditionScope & { parameterValues?: Readonly<Record<string, number>> };
const MAX_DAYS = 3650;

function checkDays(
  days: Days,
  scope: DayScope,
  path: PropertyKey[],
  report: (code: string, path: PropertyKey[], message: string) => void,
): void {
  if (typeof days === 'object' && !scope.parameters.has(days.param)) {
    report(
      'unknown_parameter',
      [...path, 'param'],
      `expected a parameter declared by a pack; found ${JSON.stringify(days.param)}`,
    );
    return;
  }
  const value = typeof days === 'object' ? scope.parameterValues?.[days.param] : undefined;
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= MAX_DAYS)) {
    report(
      'invalid_parameter',
      [...path, 'param'],
      `parameter ${JSON.stringify((days as { param: string }).param)} counts days here: expected a whole number from 0 to ${MAX_DAYS}; found ${value}`,
    );
  }
}

function checkConditionCycles(
  named: Record<string, Condition>,
  origin: Record<string, { file: string; path: PropertyKey[] }>,
  issues: Issue[],
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  for (const start of Object.keys(named)) {
    if (state.get(start) === 'done') continue;
    // Iterative depth-first search: a chain of thousands of references must not overflow the stack.
    const stack: Array<{ name: string; next: string[] }> = [{ name: start, next: referencedConditions(named[start]!) }];
    state.set(start, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next.pop();
      if (child === undefined) {
        state.set(top.name, 'done');
        stack.pop();
        continue;
      }
      if (!Object.hasOwn(named, child)) continue;
      if (state.get(child) === 'visiting') {
        if (!reported.has(child)) {
          reported.add(child);
          const chain = [...stack.slice(stack.findIndex((f) => f.name === child)).map((f) => f.name), child];
          const at = origin[child]!;
          issues.push(
            issueAt(
              at.file,
              undefined,
              'cyclic_condition',
              at.path,
              `named conditions refer to each other in a cycle: ${(chain.length > 12 ? [...chain.slice(0, 5), `… ${chain.length - 10} more …`, ...chain.slice(-5)] : chain).join(' → ')}`,
            ),
          );
        }
        continue;
      }
      if (state.get(child) === 'done') continue;
      state.set(child, 'visiting');
      stack.push({ name: child, next: referencedConditions(named[child]!) });
    }
  }
}

function collectRules(packs: Array<{ file: string; pack: RulePack }>, issues: Issue[]): CompiledRule[] {
  const byId = new Map<string, CompiledRule>();
  for (const { file, pack } of packs) {
    (pack.disable ?? []).forEach((id, i) => {
      if (!byId.delete(id))
        issues.push(
          issueAt(
            file,
            undefined,
            'unknown_rule',
            ['disable', i],
            `expected the id of a rule from an earlier pack; found ${JSON.stringify(id)}`,
          ),
        );
    });
    pack.rules.forEach((rule, i) => {
      const existing = byId.get(rule.id);
      if (existing && !rule.override) {
        issues.push(
          issueAt(
            file,
            rule.id,
            'duplicate_rule',
            ['rules', i, 'id'],
            `rule id ${JSON.stringify(rule.id)} is already defined in ${existing.file}; set "override": true to replace it`,
          ),
        );
        return;
      }
      if (!existing && rule.override) {
        issues.push(
          issueAt(
            file,
            rule.id,
            'unknown_rule',
            ['rules', i, 'override'],
            `"override" is set but no earlier pack defines rule ${JSON.stringify(rule.id)}`,
          ),
        );
        return;
      }
      if (existing) byId.delete(rule.id);
      byId.set(rule.id, { ...rule, index: 0, position: i, pack: pack.id, file });
    });
  }
  return [...byId.values()].map((rule, index) => ({ ...rule, index }));
}

function checkRule(
  rule: CompiledRule,
  catalog: MergedCatalog,
  scope: ConditionScope,
  deadlineIds: ReadonlySet<string>,
  issues: Issue[],
): void {
  const base: PropertyKey[] = ['rules', rule.position];
  const report = (code: string, path: PropertyKey[], message: string) =>
    issues.push(issueAt(rule.file, rule.id, code, path, message));
  const known = (section: keyof MergedCatalog, id: string, path: PropertyKey[], what: string) => {
    if (!Object.hasOwn(catalog[section], id))
      report('unknown_id', path, `expected a known ${what} id; found ${JSON.stringify(id)}`);
  };
  const date = (id: string, path: PropertyKey[]) => {
    if (!(DATE_FACTS as readonly string[]).includes(id))
      report('unknown_date', path, `expected a date fact (${DATE_FACTS.join(', ')}); found ${JSON.stringify(id)}`);
  };
  checkCondition(rule.conditions, scope, [...base, 'conditions'], report);
  const o = rule.outcome;
  const out = [...base, 'outcome'];
  o.actions?.forEach((a, i) => {
    known('actions', a.id, [...out, 'actions', i, 'id'], 'action');
    if (a.due !== undefined && !deadlineIds.has(a.due))
      report(
        'unknown_deadline',
        [...out, 'actions', i, 'due'],
        `expected the id of a deadline some rule declares; found ${JSON.stringify(a.due)}`,
      );
  });
  o.evidence?.forEach((e, i) => known('evidence', e.id, [...out, 'evidence', i, 'id'], 'evidence'));
  o.escalation?.forEach((s, i) => {
    known('channels', s.channel, [...out, 'escalation', i, 'channel'], 'channel');
    if (s.replyWindow) checkDays(s.replyWindow.days, scope, [...out, 'escalation', i, 'replyWindow', 'days'], report);
    if (s.afterDeadline !== undefined && !deadlineIds.has(s.afterDeadline))
      report(
        'unknown_deadline',
        [...out, 'escalation', i, 'afterDeadline'],
        `expected the id of a deadline some rule declares; found ${JSON.stringify(s.afterDeadline)}`,
      );
    if (s.notBefore) {
      date(s.notBefore.from, [...out, 'escalation', i, 'notBefore', 'from']);
      checkDays(s.notBefore.days, scope, [...out, 'escalation', i, 'notBefore', 'days'], report);
    }
  });
  o.parallel?.forEach((p, i) => known('channels', p.channel, [...out, 'parallel', i, 'channel'], 'channel'));
  o.deadlines?.forEach((d, i) => {
    if (d.from !== undefined) date(d.from, [...out, 'deadlines', i, 'from']);
    if (d.at !== undefined) date(d.at, [...out, 'deadlines', i, 'at']);
    if (d.days !== undefined) checkDays(d.days, scope, [...out, 'deadlines', i, 'days'], report);
  });
}

/** Every source key a rule, deadline or parameter cites must be declared by a catalog's `sources`. */
function checkSourceKeys(
  packs: Array<{ file: string; pack: RulePack }>,
  catalog: MergedCatalog,
  issues: Issue[],
): void {
  const check = (file: string, rule: string | undefined, keys: readonly string[], path: PropertyKey[]) => {
    keys.forEach((key, i) => {
      if (key.trim() === '' || Object.hasOwn(catalog.sources, key)) return;
      const message = `expected a source key declared in a catalog's "sources" (such as S20); found ${JSON.stringify(key)}`;
      issues.push(issueAt(file, rule, 'unknown_source', [...path, i], message));
    });
  };
  for (const { file, pack } of packs) {
    for (const [name, parameter] of Object.entries(pack.parameters ?? {}))
      check(file, undefined, parameter.sources, ['parameters', name, 'sources']);
    pack.rules.forEach((rule, i) => {
      check(file, rule.id, rule.sources, ['rules', i, 'sources']);
      (rule.outcome.deadlines ?? []).forEach((d, j) =>
        check(file, rule.id, d.sources, ['rules', i, 'outcome', 'deadlines', j, 'sources']),
      );
    });
  }
}
