// Text from a case (its id, references, any string a rule echoes) reaches the readable report.
// Terminal control characters in it could move the cursor, recolour or rewrite the screen, or fake
// report lines; bidirectional overrides could reorder what a reader sees. They are shown escaped.

/** C0 and C1 controls, DEL, line and paragraph separators, and bidirectional embeddings/overrides/isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with every control character shown as a visible `\u{…}` escape (newlines and tabs too).
 *
 * @example
 * escapeControlCharacters('case\u001b[2J1'); // 'case\\u{1b}[2J1'
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`);
}

/**
 * A copy of plain JSON data with {@link escapeControlCharacters} applied to every string in it.
 *
 * @example
 * escapeControlCharactersIn({ caseId: 'a\nb' }); // { caseId: 'a\\u{a}b' }
 */
export function escapeControlCharactersIn<T>(value: T): T {
  if (typeof value === 'string') return escapeControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item) => escapeControlCharactersIn(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = escapeControlCharactersIn(item);
  return out as T;
}
