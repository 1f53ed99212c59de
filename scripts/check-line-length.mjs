#!/usr/bin/env node
// Fails when a line of src/**/*.ts (src/generated/ aside) is longer than 120 characters, listing
// each as file:line (length). Biome's formatter keeps code within its lineWidth but never breaks a
// string, a template or a comment, so this check runs beside `biome ci` in `npm run lint`.
// Length counts Unicode code points, so a line of Chinese text is measured as it reads.
// Usage: node scripts/check-line-length.mjs [dir ...]   (default: src)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINE_LENGTH = 120;
const root = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set([join(root, 'src', 'generated')]);

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIP.has(path)) yield* tsFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts')) yield path;
  }
}

/**
 * The lines over `max` code points in `text`, as { line, length } (line numbers from 1).
 *
 * @example
 * longLines('short\n' + 'x'.repeat(121)); // [{ line: 2, length: 121 }]
 */
export function longLines(text, max = MAX_LINE_LENGTH) {
  const found = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const length = [...lines[i]].length;
    if (length > max) found.push({ line: i + 1, length });
  }
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'src')];
  const report = [];
  for (const dir of dirs) {
    for (const file of tsFiles(dir)) {
      for (const { line, length } of longLines(readFileSync(file, 'utf8'))) {
        report.push(`${relative(process.cwd(), file)}:${line} (${length})`);
      }
    }
  }
  if (report.length > 0) {
    console.error(`Lines over ${MAX_LINE_LENGTH} characters (split long strings with + or template pieces):`);
    console.error(report.join('\n'));
    console.error(`${report.length} line${report.length === 1 ? '' : 's'} too long`);
    process.exit(1);
  }
}
