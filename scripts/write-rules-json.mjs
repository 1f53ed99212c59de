#!/usr/bin/env node
// Writes dist/rules.json (exported as `pos-dispute-triage/rules.json`): the bundled rule set as the
// browser entry fetches it, i.e. `packRules(defaultRules())`: the rule files and the set compiled at
// build time (src/generated/default-rules.ts), parts shared with the files written as references.
// `loadRules` / `hydrateRules` of `pos-dispute-triage/browser` turn it back into the same set (same
// hash) without a validation pass. The code is bundled from src/ with esbuild first, so it is the
// packer and the precompiled set of this tree. Run after tsup (which empties dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFromSrc } from './import-from-src.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const RULES_JSON = join(root, 'dist/rules.json');

/** `packRules(defaultRules())` from the sources in src/, as JSON text. */
export async function packDefaultRules() {
  const { text } = await importFromSrc({
    stdin: {
      contents: [
        "import { DEFAULT_RULE_SET, DEFAULT_RULE_SOURCES } from './src/generated/default-rules.ts';",
        "import { rememberRuleSetOrigin } from './src/rules/rule-set-origin.ts';",
        "import { packRules } from './src/browser/pack-rules.ts';",
        // What src/triage.ts records for the root entry: the set came from the bundled files.
        'rememberRuleSetOrigin(DEFAULT_RULE_SET, { sources: DEFAULT_RULE_SOURCES, parameters: {} });',
        'export const text = JSON.stringify(packRules(DEFAULT_RULE_SET));',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
  });
  return text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await packDefaultRules();
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(RULES_JSON, text);
  console.log(`dist/rules.json: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
