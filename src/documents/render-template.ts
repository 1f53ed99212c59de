import type { Locale } from '../text.js';
import type { MergedTemplates } from './compile-templates.js';
import { parseTemplate, type TemplateToken } from './template-syntax.js';

/** Answers a placeholder: its text, or undefined when the case does not have it. */
export type ResolveValue = (name: string) => string | undefined;

/**
 * Renders parsed tokens. A missing value inside an optional group drops the group; outside one it
 * becomes whatever `onBlank` writes (a marked blank).
 *
 * @example
 * renderTokens(tokens, (name) => values[name], (name) => `【请填写：${name}】`);
 */
export function renderTokens(
  tokens: readonly TemplateToken[],
  resolve: ResolveValue,
  onBlank: (name: string) => string,
): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'text') out += token.text;
    else if (token.kind === 'value') out += resolve(token.name) ?? onBlank(token.name);
    else {
      const parts = token.tokens.map((inner) =>
        inner.kind === 'value' ? resolve(inner.name) : inner.kind === 'text' ? inner.text : '',
      );
      if (parts.every((part) => part !== undefined)) out += parts.join('');
    }
  }
  return out;
}

/** Renders template text that `compileRuleSet` has already checked. */
export function renderText(source: string, resolve: ResolveValue, onBlank: (name: string) => string): string {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(`unchecked template: ${parsed.message}`);
  return renderTokens(parsed.tokens, resolve, onBlank);
}

/**
 * Renders a line format (`lines.<id>` of the templates files) with `item.*` values; a missing item
 * value outside an optional group stays empty.
 *
 * @example
 * renderLine(templates, 'date', 'zh-CN', { y: '2026', m: '11', d: '03' }); // '2026年11月03日'
 */
export function renderLine(
  templates: MergedTemplates,
  id: string,
  locale: Locale,
  item: Readonly<Record<string, string | undefined>>,
): string {
  const line = templates.lines[id];
  if (!line) throw new Error(`no line format ${JSON.stringify(id)}`);
  return renderText(
    line[locale],
    (name) => (name.startsWith('item.') ? item[name.slice(5)] : undefined),
    () => '',
  );
}
