import { escapeHtml } from '../format/html-page.js';

// The small Markdown subset document templates are written in: headings (#, ##, ###), paragraphs
// (lines joined with <br>), "- " and "1. " lists, "> " notices, "---" rules and **bold**. Every
// text is escaped; no raw HTML, links or images pass through.

function inline(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

type Block = { kind: 'p' | 'ul' | 'ol' | 'quote'; lines: string[] };

function blockKind(line: string): Block['kind'] {
  if (line.startsWith('> ') || line === '>') return 'quote';
  if (line.startsWith('- ')) return 'ul';
  if (/^\d+\. /.test(line)) return 'ol';
  return 'p';
}

function renderBlock(block: Block): string {
  if (block.kind === 'quote')
    return `<blockquote>\n${markdownToHtml(block.lines.map((l) => l.replace(/^> ?/, '')).join('\n'))}</blockquote>\n`;
  if (block.kind === 'p') return `<p>${block.lines.map(inline).join('<br>\n')}</p>\n`;
  const items = block.lines.map((l) => `<li>${inline(l.replace(/^(- |\d+\. )/, ''))}</li>`).join('\n');
  return block.kind === 'ul' ? `<ul>\n${items}\n</ul>\n` : `<ol>\n${items}\n</ol>\n`;
}

/**
 * Converts the template Markdown subset to escaped HTML.
 *
 * @example
 * markdownToHtml('# 催告函\n\n- 押金<2000>'); // '<h1>催告函</h1>\n<ul>\n<li>押金&lt;2000&gt;</li>\n</ul>\n'
 */
export function markdownToHtml(markdown: string): string {
  let out = '';
  let block: Block | undefined;
  const close = () => {
    if (block) out += renderBlock(block);
    block = undefined;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (line.trim() === '' || heading || line === '---') {
      close();
      if (heading) out += `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>\n`;
      if (line === '---') out += '<hr>\n';
      continue;
    }
    const kind = blockKind(line);
    if (block && block.kind !== kind && !(block.kind === 'quote' && kind === 'quote')) close();
    block ??= { kind, lines: [] };
    block.lines.push(line);
  }
  close();
  return out;
}

/**
 * Wraps every marked blank (already in the text as escaped HTML) in `<mark>`.
 *
 * @example
 * markBlanksInHtml('<p>致：【请填写：商户名称】</p>', ['【请填写：商户名称】']);
 */
export function markBlanksInHtml(html: string, blanks: readonly string[]): string {
  let out = html;
  for (const blank of new Set(blanks)) out = out.split(escapeHtml(blank)).join(`<mark>${escapeHtml(blank)}</mark>`);
  return out;
}
