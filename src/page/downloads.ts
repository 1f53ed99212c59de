// Downloads made in the page (Blob URLs): the result JSON, the deadlines as ICS, the drafted papers.
import type { Result } from '../result/schema.js';
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

/**
 * Buttons that download what the page shows.
 *
 * @example
 * output.append(renderDownloads(result, kase, textsFor('en')));
 */
export function renderDownloads(result: Result, _kase: Record<string, unknown>, texts: PageTexts): HTMLElement {
  const safeId = result.caseId.replace(/[^\w.-]+/g, '_');
  const json = el(
    'button',
    { type: 'button', id: 'download-json', onclick: () => download(`${safeId}.result.json`, 'application/json', JSON.stringify(result, null, 2)) },
    texts.downloadJson,
  );
  return el('section', { id: 'downloads', 'aria-labelledby': 'downloads-title' }, el('h3', { id: 'downloads-title' }, texts.downloads), json);
}
