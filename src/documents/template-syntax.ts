// The placeholder syntax of document templates: deliberately tiny, so a template from a partner can
// be checked completely and can never run code.
//   {{namespace.name}}   a value; a value the case lacks becomes a marked blank
//   [[ … ]]              an optional group: left out when any placeholder inside has no value
// Nothing else is special: no loops, conditions, helpers, partials or HTML.

/** One piece of a parsed template. */
export type TemplateToken =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'group'; tokens: TemplateToken[] };

/** A parsed template, or the first syntax problem in it. */
export type ParsedTemplate = { ok: true; tokens: TemplateToken[] } | { ok: false; message: string };

const NAME = /^[a-z][a-z_]*(\.[A-Za-z0-9_]+)+$/;

/**
 * Parses a template string into text, values and optional groups.
 *
 * @example
 * parseTemplate('致：{{case.acquirer.name}}[[（编号{{case.transaction.reference}}）]]');
 */
export function parseTemplate(source: string): ParsedTemplate {
  const top: TemplateToken[] = [];
  let current = top;
  let inGroup = false;
  let text = '';
  const flush = () => {
    if (text !== '') current.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < source.length; ) {
    if (source.startsWith('{{', i)) {
      const end = source.indexOf('}}', i + 2);
      if (end < 0) return { ok: false, message: `"{{" at offset ${i} is never closed with "}}"` };
      const name = source.slice(i + 2, end).trim();
      if (!NAME.test(name))
        return { ok: false, message: `expected a placeholder such as {{case.acquirer.name}}; found {{${name}}}` };
      flush();
      current.push({ kind: 'value', name });
      i = end + 2;
    } else if (source.startsWith('[[', i)) {
      if (inGroup)
        return { ok: false, message: `optional groups do not nest: "[[" at offset ${i} is inside another group` };
      flush();
      const group: TemplateToken = { kind: 'group', tokens: [] };
      top.push(group);
      current = group.tokens;
      inGroup = true;
      i += 2;
    } else if (source.startsWith(']]', i) && inGroup) {
      flush();
      current = top;
      inGroup = false;
      i += 2;
    } else {
      text += source[i];
      i += 1;
    }
  }
  if (inGroup) return { ok: false, message: 'an optional group "[[" is never closed with "]]"' };
  flush();
  return { ok: true, tokens: top };
}

/** Every placeholder name in parsed tokens, with whether it sits inside an optional group. */
export function listPlaceholders(
  tokens: readonly TemplateToken[],
  inGroup = false,
): Array<{ name: string; optional: boolean }> {
  return tokens.flatMap((token) => {
    if (token.kind === 'value') return [{ name: token.name, optional: inGroup }];
    if (token.kind === 'group') return listPlaceholders(token.tokens, true);
    return [];
  });
}

/** A template text as one string: an array of lines is joined with newlines. */
export function joinLines(lines: string | readonly string[]): string {
  return typeof lines === 'string' ? lines : lines.join('\n');
}
