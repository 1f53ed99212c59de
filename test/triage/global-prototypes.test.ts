import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, createTriage, isInvalidRulesError, lintRuleSet } from '../../src/index.js';
import { loadRuleSet } from '../../src/node.js';
import { arbitraryInputArbitrary, mutatedCaseArbitrary } from '../support/case-arbitraries.js';
import { BASE_FILES, baseSources, hostilePacks } from '../support/hostile-rule-packs.js';

const PROTOTYPES: Record<string, object> = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
  Promise: Promise.prototype,
  RegExp: RegExp.prototype,
  Date: Date.prototype,
  Map: Map.prototype,
  Set: Set.prototype,
  Error: Error.prototype,
};

/** Every own property of the global prototypes with its value, getter and setter, and the names of the globals. */
function snapshotPrototypes(): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const [name, target] of Object.entries(PROTOTYPES)) {
    for (const key of Reflect.ownKeys(target)) {
      const d = Object.getOwnPropertyDescriptor(target, key)!;
      out.set(`${name}.${String(key)}`, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
    }
    out.set(`${name} [[Prototype]]`, [Object.getPrototypeOf(target), Object.isExtensible(target)]);
  }
  // Node defines some globals as getters that replace themselves on first use: compare names only.
  out.set('globalThis keys', [Reflect.ownKeys(globalThis).map(String).sort().join(',')]);
  return out;
}

function expectRejected(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (isInvalidRulesError(error)) return;
    throw error;
  }
  throw new Error('expected the rules to be rejected');
}

describe('global prototypes', () => {
  it('are unchanged after loading every hostile pack and triaging hostile cases', async () => {
    const before = snapshotPrototypes();
    const packs = hostilePacks();

    for (const p of packs) {
      const sources = [...baseSources(), { file: p.file, content: JSON.parse(p.text) }];
      expectRejected(() => compileRuleSet(sources));
      expect(lintRuleSet(sources).issues.length, p.name).toBeGreaterThan(0);
    }
    const dir = mkdtempSync(join(tmpdir(), 'hostile-prototypes-'));
    try {
      for (const { file, text } of [...BASE_FILES, ...packs]) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      await expect(loadRuleSet(dir)).rejects.toMatchObject({ code: 'invalid_rules' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const triage = createTriage();
    const inputs = [
      ...fc.sample(arbitraryInputArbitrary, { numRuns: 2_000, seed: 3 }),
      ...fc.sample(mutatedCaseArbitrary(triage.ruleSet), { numRuns: 2_000, seed: 3 }),
      JSON.parse('{"__proto__":{"polluted":true},"id":"p","scenario":"chargeback","asOf":"2026-11-05"}'),
      JSON.parse(
        '{"id":"p","scenario":"chargeback","asOf":"2026-11-05","signals":{"__proto__":{"fraudSuspected":true}}}',
      ),
      JSON.parse(
        '{"id":"p","scenario":"chargeback","asOf":"2026-11-05","constructor":{"prototype":{"polluted":true}}}',
      ),
    ];
    for (const input of inputs) await triage.safeTriage(input);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const after = snapshotPrototypes();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [key, values] of before) {
      const now = after.get(key)!;
      if (!values.every((v, i) => Object.is(v, now[i]))) expect(now, key).toEqual(values);
    }
  });
});
