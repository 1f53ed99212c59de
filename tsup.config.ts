import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      http: 'src/http.ts',
      testing: 'src/testing.ts',
      adapters: 'src/adapters.ts',
      // The root entry without the bundled rules (fetched at run time from dist/rules.json).
      browser: 'src/browser.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // Shared chunks for CJS too, so `require('pos-dispute-triage/node')` uses the same classes as the root entry.
    splitting: true,
    noExternal: ['chinese-days'],
  },
  {
    // The batch worker thread is its own file, loaded only by `batch --workers N`.
    // Code splitting keeps json-rules-engine behind its dynamic import (evaluator 'json-rules-engine').
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // One file for the command line: resolving and loading zod's many modules would double its start-up.
    noExternal: ['chinese-days', 'zod', '@noble/hashes'],
  },
]);
