#!/usr/bin/env node
// Writes schema/case.schema.json, schema/result.schema.json, schema/rule-file.schema.json and schema/calendar.schema.json from the zod schemas of the
// built package (run `npm run build` first). `--check` exits 1 when a committed schema is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultRules,
  toCalendarJsonSchema,
  toCaseJsonSchema,
  toResultJsonSchema,
  toRuleFileJsonSchema,
} from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = {
  'schema/case.schema.json': toCaseJsonSchema(defaultRules().vocabulary, { catalog: defaultRules().catalog }),
  'schema/rule-file.schema.json': toRuleFileJsonSchema(),
  'schema/calendar.schema.json': toCalendarJsonSchema(),
  'schema/result.schema.json': toResultJsonSchema(),
};

let stale = 0;
for (const [file, schema] of Object.entries(files)) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const path = join(root, file);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${file} is stale: run npm run build && node scripts/write-schemas.mjs`);
      stale += 1;
    }
  } else writeFileSync(path, text);
}
process.exitCode = stale > 0 ? 1 : 0;
