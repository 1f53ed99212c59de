// The advice on the page: action path, evidence checklist, next channel with the ladder as steps,
// warnings, deadlines on a timeline and the rules behind it with their sources.
import type { Result } from '../result/schema.js';
import type { Locale } from '../text.js';
import { el } from './dom.js';
import { formatLocal } from './format-local.js';
import type { PageTexts } from './texts.js';
import { renderTimeline } from './timeline.js';

/** What the result view needs besides the result. */
export interface ResultView {
  texts: PageTexts;
  locale: Locale;
  timeZone: string;
  channelLabel: (id: string) => string;
  onEvidenceToggle: (id: string, held: boolean) => void;
}

interface SourceEntry {
  key: string;
  title?: string;
  publisher?: string;
  url?: string;
  kind?: string;
  seen?: string;
}

function section(id: string, title: string, ...children: Array<Node | null>) {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h3', { id: `${id}-title` }, title), ...children);
}

function renderActions(result: Result, view: ResultView) {
  const list = el('ol', { class: 'actions' });
  for (const action of result.actions) {
    const due = action.dueAt ? ` · ${view.texts.due} ${formatLocal(action.dueAt, view.locale, view.timeZone)}` : '';
    list.append(
      el(
        'li',
        { class: `action ${action.status}`, 'data-action': action.id },
        el('span', { class: `badge ${action.status}` }, view.texts.status[action.status]),
        ' ',
        action.label,
        el('small', {}, due),
      ),
    );
  }
  return section('actions', view.texts.actions, list);
}

function renderEvidence(result: Result, view: ResultView) {
  const list = el('ul', { class: 'evidence' });
  for (const item of result.evidence) {
    const box = el('input', {
      type: 'checkbox',
      id: `held-${item.id}`,
      'data-evidence': item.id,
      onchange: (event) => view.onEvidenceToggle(item.id, (event.target as HTMLInputElement).checked),
    });
    box.checked = item.held;
    const kind = item.required ? view.texts.required : view.texts.recommended;
    list.append(
      el(
        'li',
        { class: item.held ? 'held' : 'missing' },
        el(
          'label',
          { for: box.id },
          box,
          ` ${item.label} `,
          el('span', { class: `badge ${item.required ? 'req' : 'opt'}` }, kind),
        ),
      ),
    );
  }
  return section('evidence', view.texts.evidence, el('p', { class: 'hint' }, view.texts.evidenceHint), list);
}

function renderEscalation(result: Result, view: ResultView) {
  const e = result.escalation;
  const when = e.when === 'now' ? view.texts.now : formatLocal(e.when, view.locale, view.timeZone);
  const steps = el('ol', { class: 'ladder', 'aria-label': view.texts.ladder });
  if (e.channel) steps.append(el('li', { class: 'current', 'aria-current': 'step' }, e.label));
  for (const id of e.ladder) steps.append(el('li', {}, view.channelLabel(id)));
  const parallel =
    e.parallel.length > 0
      ? el('p', { class: 'parallel' }, `${view.texts.parallel}: `, e.parallel.map(view.channelLabel).join(' · '))
      : null;
  return section(
    'escalation',
    view.texts.escalation,
    el(
      'p',
      { class: 'channel', 'data-channel': e.channel ?? '' },
      el('strong', {}, e.label),
      ` · ${view.texts.when}: ${when}`,
    ),
    el('p', {}, e.reason),
    parallel,
    steps,
  );
}

function renderWarnings(result: Result, view: ResultView) {
  if (result.warnings.length === 0) return null;
  const list = el('ul', { class: 'warnings' });
  for (const warning of result.warnings) list.append(el('li', { 'data-warning': warning.code }, warning.message));
  return section('warnings', view.texts.warnings, list);
}

function sourceDetails(keys: string[], sources: Map<string, SourceEntry>, texts: PageTexts) {
  if (keys.length === 0) return null;
  const list = el('ul', { class: 'sources' });
  for (const key of keys) {
    const source = sources.get(key);
    const title = source?.title ? ` ${source.title}` : '';
    const publisher = source?.publisher ? ` — ${source.publisher}` : '';
    list.append(
      el(
        'li',
        {},
        el('code', {}, key),
        title,
        publisher,
        source?.url ? el('span', { class: 'url' }, ` ${source.url}`) : null,
      ),
    );
  }
  return el('details', { class: 'source-details' }, el('summary', {}, `${texts.sources}: ${keys.join(', ')}`), list);
}

function renderExplanation(result: Result, view: ResultView) {
  const sources = new Map<string, SourceEntry>(
    (((result as { sources?: SourceEntry[] }).sources ?? []) as SourceEntry[]).map((source) => [source.key, source]),
  );
  const list = el('ol', { class: 'explanation' });
  for (const item of result.explanation) {
    list.append(el('li', {}, item.description, sourceDetails(item.sources, sources, view.texts)));
  }
  return section('explanation', view.texts.explanation, list);
}

/**
 * Renders the whole advice for a result.
 *
 * @example
 * output.replaceChildren(renderResult(result, view));
 */
export function renderResult(result: Result, view: ResultView, scenarioLabel: string, causeLabel: string): HTMLElement {
  const t = view.texts;
  const header = el(
    'div',
    { class: 'summary' },
    el('h2', { id: 'result-title' }, `${t.result}: ${result.caseId}`),
    el(
      'p',
      {},
      `${t.scenario}: ${scenarioLabel} · ${t.cause}: ${causeLabel} · ${t.severity}: `,
      el(
        'span',
        { class: `badge sev-${result.severity}`, 'data-severity': result.severity },
        t.severities[result.severity],
      ),
      ` · ${t.asOf}: ${formatLocal(result.asOf, view.locale, view.timeZone)}`,
    ),
  );
  const deadlines =
    result.deadlines.length > 0
      ? section('deadlines', t.deadlines, renderTimeline(result.deadlines, result.asOf, t, view.locale, view.timeZone))
      : null;
  return el(
    'div',
    { class: 'result' },
    header,
    renderEscalation(result, view),
    renderActions(result, view),
    renderEvidence(result, view),
    renderWarnings(result, view),
    deadlines,
    renderExplanation(result, view),
  );
}
