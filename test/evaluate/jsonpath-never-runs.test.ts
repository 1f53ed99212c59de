import { createRequire } from 'node:module';
import { Engine } from 'json-rules-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import { listFixtures } from '../support/fixtures.js';

// jsonpath-plus has a history of remote-code-execution advisories (README, "Security"). It ships
// inside json-rules-engine, whose default path resolver calls it; the package replaces that
// resolver. The spy sits on the module object the engine calls through, so any call is seen.
const jsonpath = createRequire(import.meta.url)('jsonpath-plus') as { JSONPath: (...args: unknown[]) => unknown };
const original = jsonpath.JSONPath;
let calls = 0;

function spyOnJsonPath(): void {
  calls = 0;
  jsonpath.JSONPath = (...args: unknown[]) => {
    calls += 1;
    return original(...args);
  };
}

afterEach(() => {
  jsonpath.JSONPath = original;
});

describe('jsonpath-plus', () => {
  it('is called by a bare json-rules-engine for a condition path (the spy works)', async () => {
    spyOnJsonPath();
    const engine = new Engine([
      {
        conditions: { all: [{ fact: 'signals', path: '$.fraudSuspected', operator: 'equal', value: true }] },
        event: { type: 'x' },
      },
    ]);
    await engine.run({ signals: { fraudSuspected: true } });
    expect(calls).toBeGreaterThan(0);
  });

  it('is never called when triaging with either evaluator', async () => {
    spyOnJsonPath();
    for (const evaluator of ['json-rules-engine', 'compiled'] as const) {
      const triage = createTriage({ evaluator });
      for (const fixture of listFixtures()) expect((await triage.safeTriage(fixture.kase)).ok).toBe(true);
    }
    expect(calls).toBe(0);
  });
});
