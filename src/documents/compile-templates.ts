import type { CaseVocabulary } from '../case/schema.js';
import { SCALAR_FACTS } from '../facts/fact-catalog.js';
import type { Issue, ReportIssue } from '../issues.js';
import { issueAt } from '../rules/check-conditions.js';
import type { DocumentTemplate, TemplateFile } from '../rules/template-schema.js';
import type { Text } from '../text.js';
import { caseFieldKinds } from './case-fields.js';
import { DOC_VALUES, LINE_FIELDS } from './placeholders.js';
import { joinLines, listPlaceholders, parseTemplate } from './template-syntax.js';

/** A template with the file it came from. */
export type LoadedTemplate = DocumentTemplate & { file: string };

/**
 * Every templates file of a rule set merged: the templates (in load order) and what they share.
 *
 * @example
 * const demand = ruleSet.templates.templates.find((t) => t.id === 'deposit_demand_letter');
 */
export interface MergedTemplates {
  templates: LoadedTemplate[];
  fields: Record<string, Text>;
  values: Record<string, Record<string, Text>>;
  proves: Record<string, { date?: string; text: Text }>;
  lines: Record<string, Text>;
  steps: Record<string, Text>;
}

/** What template references are checked against: the catalog ids and the case vocabulary. */
export interface TemplateScope {
  vocabulary: CaseVocabulary;
}

type Report = ReportIssue;
const SCALARS = new Set<string>(SCALAR_FACTS);
const DOCS = new Set<string>(DOC_VALUES);

/** Checks a placeholder name outside `lines`; `labelled` says whether a blank label exists for it. */
function checkName(
  name: string,
  optional: boolean,
  scope: TemplateScope,
  merged: MergedTemplates,
  at: PropertyKey[],
  report: Report,
): void {
  const dot = name.indexOf('.');
  const [ns, rest] = [name.slice(0, dot), name.slice(dot + 1)];
  const needsLabel = ns === 'ask' || (!optional && (ns === 'case' || ns === 'fact'));
  if (ns === 'case') {
    const kind = caseFieldKinds(scope.vocabulary).get(rest);
    if (kind === undefined) {
      report('unknown_case_field', at, `expected a case field such as case.acquirer.name; found {{${name}}}`);
      return;
    }
    if (kind === 'list') {
      report('unknown_case_field', at, `case.${rest} is a list: use {{doc.contacts}} or {{doc.evidence}}`);
      return;
    }
  } else if (ns === 'fact') {
    if (!SCALARS.has(rest)) {
      report('unknown_fact', at, `expected a scalar fact (${SCALAR_FACTS.join(', ')}); found {{${name}}}`);
      return;
    }
  } else if (ns === 'doc') {
    if (!DOCS.has(rest)) {
      const expected = DOC_VALUES.map((d) => `doc.${d}`).join(', ');
      report('unknown_placeholder', at, `expected one of ${expected}; found {{${name}}}`);
      return;
    }
  } else if (ns !== 'ask') {
    report('unknown_placeholder', at, `expected a placeholder in case., fact., ask. or doc.; found {{${name}}}`);
    return;
  }
  if (needsLabel && !Object.hasOwn(merged.fields, name))
    report('missing_label', at, `{{${name}}} can be left blank: give it a label under "fields" in a templates file`);
}

function checkText(
  lines: string | readonly string[],
  at: PropertyKey[],
  report: Report,
  onName: (name: string, optional: boolean) => void,
): void {
  const parsed = parseTemplate(joinLines(lines));
  if (!parsed.ok) {
    report('template_syntax', at, parsed.message);
    return;
  }
  for (const { name, optional } of listPlaceholders(parsed.tokens)) onName(name, optional);
}

function checkTemplate(
  template: LoadedTemplate,
  position: number,
  scope: TemplateScope,
  merged: MergedTemplates,
  issues: Issue[],
): void {
  const base: PropertyKey[] = ['templates', position];
  const report: Report = (code, path, message) => issues.push(issueAt(template.file, template.id, code, path, message));
  const channels = new Set(scope.vocabulary.channels);
  const scenarios = new Set(scope.vocabulary.scenarios);
  const causes = new Set(scope.vocabulary.causes);
  template.channels.forEach((id, i) => {
    if (!channels.has(id))
      report('unknown_id', [...base, 'channels', i], `expected a known channel id; found ${JSON.stringify(id)}`);
  });
  template.scenarios?.forEach((id, i) => {
    if (!scenarios.has(id))
      report('unknown_id', [...base, 'scenarios', i], `expected a known scenario id; found ${JSON.stringify(id)}`);
  });
  const texts: Array<[PropertyKey[], string | readonly string[]]> = [];
  for (const locale of ['zh-CN', 'en'] as const) texts.push([[...base, 'body', locale], template.body[locale]]);
  for (const section of ['facts', 'claims'] as const) {
    for (const [key, text] of Object.entries(template[section] ?? {})) {
      if (key !== '*' && !scenarios.has(key) && !causes.has(key))
        report(
          'unknown_id',
          [...base, section, key],
          `expected a known cause id, scenario id or "*"; found ${JSON.stringify(key)}`,
        );
      for (const locale of ['zh-CN', 'en'] as const) texts.push([[...base, section, key, locale], text[locale]]);
    }
  }
  for (const [at, text] of texts)
    checkText(text, at, report, (name, optional) => checkName(name, optional, scope, merged, at, report));
}

function checkShared(file: string, content: TemplateFile, scope: TemplateScope, issues: Issue[]): void {
  const report: Report = (code, path, message) => issues.push(issueAt(file, undefined, code, path, message));
  const fields = caseFieldKinds(scope.vocabulary);
  const evidence = new Set(scope.vocabulary.evidence);
  const knownName = (name: string) =>
    name.startsWith('ask.') ||
    (name.startsWith('case.') && fields.has(name.slice(5))) ||
    (name.startsWith('fact.') && SCALARS.has(name.slice(5)));
  for (const name of Object.keys(content.fields ?? {})) {
    if (!knownName(name))
      report(
        'unknown_case_field',
        ['fields', name],
        `expected a case field (case.…), scalar fact (fact.…) or ask.… name; found ${JSON.stringify(name)}`,
      );
  }
  for (const name of Object.keys(content.values ?? {})) {
    if (!name.startsWith('case.') || !fields.has(name.slice(5)))
      report(
        'unknown_case_field',
        ['values', name],
        `expected a case field such as case.transaction.network; found ${JSON.stringify(name)}`,
      );
  }
  for (const [id, entry] of Object.entries(content.proves ?? {})) {
    if (!evidence.has(id))
      report('unknown_id', ['proves', id], `expected a known evidence id; found ${JSON.stringify(id)}`);
    if (entry.date !== undefined && fields.get(entry.date.replace(/^case\./, '')) !== 'timestamp') {
      report(
        'unknown_case_field',
        ['proves', id, 'date'],
        `expected a case date field such as case.deposit.paidAt; found ${JSON.stringify(entry.date)}`,
      );
    }
  }
  const channels = new Set(scope.vocabulary.channels);
  for (const id of Object.keys(content.steps ?? {})) {
    if (!channels.has(id))
      report('unknown_id', ['steps', id], `expected a known channel id; found ${JSON.stringify(id)}`);
  }
  for (const [id, text] of Object.entries(content.lines ?? {})) {
    const allowed = LINE_FIELDS[id];
    if (!allowed) {
      report(
        'unknown_line',
        ['lines', id],
        `expected one of ${Object.keys(LINE_FIELDS).join(', ')}; found ${JSON.stringify(id)}`,
      );
      continue;
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      const at = ['lines', id, locale];
      checkText(text[locale], at, report, (name) => {
        if (!name.startsWith('item.') || !allowed.includes(name.slice(5))) {
          report(
            'unknown_placeholder',
            at,
            `line "${id}" may use ${allowed.map((f) => `{{item.${f}}}`).join(', ') || 'no placeholder'}; ` +
              `found {{${name}}}`,
          );
        }
      });
    }
  }
}

/** Merges the shared sections (later files add; a reused key is an error) and the templates. */
function mergeFiles(files: ReadonlyArray<{ file: string; content: TemplateFile }>, issues: Issue[]): MergedTemplates {
  const merged: MergedTemplates = { templates: [], fields: {}, values: {}, proves: {}, lines: {}, steps: {} };
  for (const { file, content } of files) {
    for (const section of ['fields', 'values', 'proves', 'lines', 'steps'] as const) {
      const target = merged[section] as Record<string, unknown>;
      for (const [key, entry] of Object.entries(content[section] ?? {})) {
        if (Object.hasOwn(target, key))
          issues.push(
            issueAt(
              file,
              undefined,
              'duplicate_id',
              [section, key],
              `${section} key ${JSON.stringify(key)} is already declared by an earlier templates file`,
            ),
          );
        target[key] = entry;
      }
    }
    content.templates?.forEach((template, i) => {
      const at = merged.templates.findIndex((t) => t.id === template.id);
      if (at >= 0 && !template.override)
        issues.push(
          issueAt(
            file,
            template.id,
            'duplicate_template',
            ['templates', i, 'id'],
            `template id ${JSON.stringify(template.id)} is already defined in ${merged.templates[at]!.file}; ` +
              'set "override": true to replace it',
          ),
        );
      else if (at < 0 && template.override)
        issues.push(
          issueAt(
            file,
            template.id,
            'unknown_template',
            ['templates', i, 'override'],
            `"override" is set but no earlier file defines template ${JSON.stringify(template.id)}`,
          ),
        );
      else if (at >= 0) merged.templates[at] = { ...template, file };
      else merged.templates.push({ ...template, file });
    });
  }
  return merged;
}

/**
 * Merges and checks the templates files of a rule set: every placeholder must name a case field,
 * a scalar fact, a labelled `ask.` field or a `doc.` value; every evidence id, channel and scenario
 * must exist. Problems are pushed to `issues` with file, template id and JSON pointer.
 *
 * @example
 * const templates = compileTemplates(files, { vocabulary }, issues);
 */
export function compileTemplates(
  files: ReadonlyArray<{ file: string; content: TemplateFile }>,
  scope: TemplateScope,
  issues: Issue[],
): MergedTemplates {
  const merged = mergeFiles(files, issues);
  for (const { file, content } of files) {
    checkShared(file, content, scope, issues);
    for (const [i, template] of (content.templates ?? []).entries()) {
      checkTemplate({ ...template, file }, i, scope, merged, issues);
    }
  }
  if (files.length > 0) {
    for (const id of Object.keys(LINE_FIELDS)) {
      if (!Object.hasOwn(merged.lines, id))
        issues.push(
          issueAt(
            files[0]!.file,
            undefined,
            'missing_line',
            ['lines', id],
            `line format ${JSON.stringify(id)} is declared by no templates file`,
          ),
        );
    }
  }
  return merged;
}
