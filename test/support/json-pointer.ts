const POINTER = /^(\/([^~/]|~[01])*)*$/;

/** True for a syntactically valid JSON pointer ('' is the whole document). */
export function isJsonPointer(pointer: string): boolean {
  return POINTER.test(pointer);
}

/** The tokens of a JSON pointer, unescaped. */
export function pointerTokens(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Walks own properties along a pointer; `found: false` when some step is missing. */
export function resolvePointer(document: unknown, pointer: string): { found: boolean; value?: unknown } {
  let current = document;
  for (const token of pointerTokens(pointer)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return { found: false };
    current = (current as Record<string, unknown>)[token];
  }
  return { found: true, value: current };
}
