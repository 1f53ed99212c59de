// The shell of every HTML page the package writes: one self-contained printable page, no scripts,
// no external requests (inline style only), every text escaped by the caller with escapeHtml.

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b>&"'); // '&lt;b&gt;&amp;&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = [
  'body{font-family:"Noto Serif SC","Songti SC",SimSun,Georgia,serif;' +
    'line-height:1.7;max-width:46em;margin:2em auto;padding:0 1em;color:#111}',
  'h1{text-align:center;font-size:1.6em;margin:0.6em 0}h2{font-size:1.15em;margin:1.2em 0 0.4em}h3{font-size:1em}',
  'blockquote{border-left:4px solid #c60;background:#fff7ea;margin:1em 0;padding:0.4em 1em}',
  'mark{background:#ffe58f;padding:0 0.15em}table{border-collapse:collapse;width:100%}',
  'th,td{border:1px solid #999;padding:0.25em 0.5em;text-align:left;vertical-align:top}',
  '.expired{color:#a00}.muted{color:#555}',
  '@page{size:A4;margin:2cm}',
  '@media print{body{margin:0;max-width:none}blockquote{display:none}' +
    'mark{background:none;border-bottom:1px solid #000}a{color:inherit}}',
].join('\n');

/**
 * A complete HTML page around already-escaped body HTML: UTF-8, a print stylesheet, nothing fetched.
 * The notice of blanks (a blockquote) is hidden when printing.
 *
 * @example
 * htmlDocument('催告函', '<h1>催告函</h1>', 'zh-CN');
 */
export function htmlDocument(title: string, bodyHtml: string, locale: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    bodyHtml.trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
