// Downloads made in the page (Blob URLs): the result JSON, the deadlines as ICS, the drafted papers.
import { draftDocument } from '../documents/draft-with-default-rules.js';
import { formatIcs } from '../format/format-ics.js';
import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';
import { el } from './dom.js';
import type { PageTexts } from './texts.js';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The channels ahead that have a document template for this case, next channel first. */
function draftableChannels(kase: Record<string, unknown>, result: Result, ruleSet: RuleSet): string[] {
  const e = result.escalation;
  const ahead = [...(e.channel ? [e.channel] : []), ...e.parallel, ...e.ladder].filter(
    (c, i, all) => all.indexOf(c) === i,
  );
  return ahead.filter((channel) => {
    try {
      draftDocument(kase, result, { channel, format: 'md', rules: ruleSet });
      return true;
    } catch {
      return false;
    }
  });
}

/** What the downloads need besides the result. */
export interface DownloadsView {
  texts: PageTexts;
  ruleSet: RuleSet;
  channelLabel: (id: string) => string;
}

/**
 * Buttons that download what the page shows: the result, its deadlines as a calendar, and a
 * printable draft for each channel ahead that takes a written submission.
 *
 * @example
 * output.append(renderDownloads(result, kase, { texts, ruleSet: triage.ruleSet, channelLabel }));
 */
export function renderDownloads(result: Result, kase: Record<string, unknown>, view: DownloadsView): HTMLElement {
  const { texts } = view;
  const safeId = result.caseId.replace(/[^\w.-]+/g, '_');
  const button = (id: string, label: string, onclick: () => void) =>
    el('button', { type: 'button', id, onclick }, label);
  const buttons = [
    button('download-json', texts.downloadJson, () =>
      download(`${safeId}.result.json`, 'application/json', JSON.stringify(result, null, 2)),
    ),
    button('download-ics', texts.downloadIcs, () => download(`${safeId}.ics`, 'text/calendar', formatIcs(result))),
    ...draftableChannels(kase, result, view.ruleSet).map((channel) =>
      button(`download-draft-${channel}`, texts.downloadDraft.replace('{channel}', view.channelLabel(channel)), () => {
        const draft = draftDocument(kase, result, { channel, format: 'html', rules: view.ruleSet });
        download(`${safeId}.${channel}.html`, 'text/html', draft.text);
      }),
    ),
  ];
  return el(
    'section',
    { id: 'downloads', 'aria-labelledby': 'downloads-title' },
    el('h3', { id: 'downloads-title' }, texts.downloads),
    ...buttons,
  );
}
