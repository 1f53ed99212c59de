// The support-desk page: a case form generated from the case schema (or pasted JSON), one button that
// runs the bundled rules in this page, and the advice drawn for a person. No request leaves the page.
import { createTriage } from '../triage.js';
import { toCaseJsonSchema } from '../schema/json-schemas.js';
import { whatIf, type WhatIfReport } from '../what-if/what-if.js';
import type { Result } from '../result/schema.js';
import type { Issue } from '../issues.js';
import type { Locale } from '../text.js';
import { renderCaseForm, setValueAt, type FieldSchema, type FormLabels } from './case-form.js';
import { describeChanges } from './describe-changes.js';
import { el, replaceChildren } from './dom.js';
import { renderDownloads } from './downloads.js';
import { renderResult } from './render-result.js';
import { textsFor } from './texts.js';

/** A worked example case embedded at build time (the README's examples). */
interface PageExample {
  name: string;
  case: Record<string, unknown>;
}

declare const __PAGE_EXAMPLES__: PageExample[];

type CaseObject = Record<string, unknown>;
type CatalogKind = 'scenarios' | 'causes' | 'stages' | 'evidence' | 'channels' | 'actions';

// Which catalog names the ids of a case field; other enums show their ids.
const FIELD_KINDS: Record<string, CatalogKind> = {
  scenario: 'scenarios',
  cause: 'causes',
  stage: 'stages',
  evidence: 'evidence',
  sentEvidence: 'evidence',
  channel: 'channels',
};

const triage = createTriage({ clock: () => Date.now() });
const schema = toCaseJsonSchema(triage.ruleSet.vocabulary) as FieldSchema;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const state: { locale: Locale; kase: CaseObject; result?: Result; report?: WhatIfReport } = {
  locale: document.documentElement.lang === 'en' ? 'en' : 'zh-CN',
  kase: { id: 'case-1', scenario: 'chargeback' },
};

function catalogLabel(kind: CatalogKind, id: string, locale: Locale = state.locale): string | undefined {
  const entry = (triage.ruleSet.catalog[kind] as Record<string, { label: Record<Locale, string> }>)[id];
  return entry?.label[locale];
}

function labels(): FormLabels {
  return {
    texts: textsFor(state.locale),
    idLabel: (field, id) => {
      const kind = FIELD_KINDS[field];
      return (kind && catalogLabel(kind, id)) || id;
    },
    fieldLabel: (path, field) => field.title ?? path[path.length - 1]!,
  };
}

function writeJson(): void {
  byId<HTMLTextAreaElement>('case-json').value = JSON.stringify(state.kase, null, 2);
}

function renderForm(): void {
  const form = renderCaseForm(schema, state.kase, labels(), (path, value) => {
    setValueAt(state.kase, path, value);
    writeJson();
  });
  replaceChildren(byId('form'), form);
}

function showIssues(title: string, issues: Array<Pick<Issue, 'path' | 'message'>>): void {
  const list = el('ul', {});
  for (const issue of issues) list.append(el('li', {}, el('code', {}, issue.path || '/'), ' ', issue.message));
  replaceChildren(byId('errors'), el('strong', {}, title), list);
  byId('errors').hidden = false;
}

function readCase(): CaseObject | undefined {
  const text = byId<HTMLTextAreaElement>('case-json').value;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as CaseObject;
    showIssues(textsFor(state.locale).badJson, [{ path: '/', message: 'expected a JSON object' }]);
  } catch (error) {
    showIssues(textsFor(state.locale).badJson, [{ path: '/', message: String((error as Error).message) }]);
  }
  return undefined;
}

async function run(changedEvidence?: { id: string; held: boolean }): Promise<void> {
  const kase = readCase();
  if (!kase) return;
  state.kase = kase;
  const outcome = await triage.safeTriage(kase);
  if (!outcome.ok) return showIssues(textsFor(state.locale).invalid, outcome.issues);
  byId('errors').hidden = true;
  const before = state.result;
  const option = changedEvidence?.held
    ? state.report?.options.find((o) => o.change.kind === 'evidence' && o.change.id === changedEvidence.id)
    : undefined;
  state.result = outcome.result;
  renderOutput(outcome.result);
  renderChanges(
    changedEvidence && before
      ? [option?.summary, ...describeChanges(before, outcome.result, textsFor(state.locale))]
      : [],
  );
  byId('output').dataset.state = 'done';
  state.report = await whatIf(triage, kase).catch(() => undefined);
}

function renderChanges(lines: Array<string | undefined>): void {
  const box = byId('changes');
  const shown = lines.filter((line): line is string => Boolean(line));
  box.hidden = lines.length === 0;
  const t = textsFor(state.locale);
  replaceChildren(
    box,
    el('h3', {}, t.changed),
    shown.length > 0 ? el('ul', {}, ...shown.map((l) => el('li', {}, l))) : t.noChange,
  );
}

function toggleEvidence(id: string, held: boolean): void {
  const evidence = new Set((state.kase.evidence as string[] | undefined) ?? []);
  if (held) evidence.add(id);
  else evidence.delete(id);
  setValueAt(state.kase, ['evidence'], evidence.size > 0 ? [...evidence] : undefined);
  writeJson();
  renderForm();
  void run({ id, held });
}

function renderOutput(result: Result): void {
  const timeZone = typeof state.kase.timeZone === 'string' ? state.kase.timeZone : 'Asia/Shanghai';
  const locale = result.locale;
  const view = {
    texts: textsFor(locale),
    locale,
    timeZone,
    channelLabel: (id: string) => catalogLabel('channels', id, locale) ?? id,
    onEvidenceToggle: toggleEvidence,
  };
  const scenario = catalogLabel('scenarios', result.scenario, locale) ?? result.scenario;
  const cause = result.cause ? (catalogLabel('causes', result.cause, locale) ?? result.cause) : view.texts.none;
  const downloads = renderDownloads(result, state.kase, {
    texts: view.texts,
    ruleSet: triage.ruleSet,
    channelLabel: view.channelLabel,
  });
  replaceChildren(byId('output'), renderResult(result, view, scenario, cause), downloads);
}

function renderChrome(): void {
  const t = textsFor(state.locale);
  document.documentElement.lang = state.locale;
  document.title = t.title;
  byId('title').textContent = t.title;
  byId('intro').textContent = t.intro;
  byId('lang-label').textContent = t.language;
  byId('example-label').textContent = t.example;
  byId('form-title').textContent = t.form;
  byId('json-label').textContent = t.json;
  byId('json-hint').textContent = t.jsonHint;
  byId('run').textContent = t.triage;
  const examples = byId<HTMLSelectElement>('example');
  replaceChildren(examples, el('option', { value: '' }, t.exampleNone));
  for (const [i, example] of __PAGE_EXAMPLES__.entries()) {
    examples.append(el('option', { value: String(i) }, example.name));
  }
}

function start(): void {
  byId<HTMLSelectElement>('lang').value = state.locale;
  byId('lang').addEventListener('change', (event) => {
    state.locale = (event.target as HTMLSelectElement).value === 'en' ? 'en' : 'zh-CN';
    renderChrome();
    renderForm();
    if (state.result) void run();
  });
  byId('example').addEventListener('change', (event) => {
    const example = __PAGE_EXAMPLES__[Number((event.target as HTMLSelectElement).value)];
    if (!example || (event.target as HTMLSelectElement).value === '') return;
    state.kase = structuredClone(example.case);
    writeJson();
    renderForm();
  });
  byId('case-json').addEventListener('input', () => {
    try {
      const parsed = JSON.parse(byId<HTMLTextAreaElement>('case-json').value) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        state.kase = parsed as CaseObject;
        renderForm();
      }
    } catch {
      // Half-typed JSON: the form waits for text that parses.
    }
  });
  byId('run').addEventListener('click', () => void run());
  renderChrome();
  writeJson();
  renderForm();
  byId('app').dataset.ready = 'true';
}

start();
