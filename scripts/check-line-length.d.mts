// Types for check-line-length.mjs, so TypeScript tests can import it.
export const MAX_LINE_LENGTH: number;
export function longLines(text: string, max?: number): Array<{ line: number; length: number }>;
