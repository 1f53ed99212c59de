// The packed tarball, installed into a throwaway project the way a partner installs it, used from
// ESM, CommonJS, the command line and TypeScript under node16 and bundler resolution.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';
import { packPackage, runOrThrow } from '../support/pack.js';

const CASE_PATH = join(ROOT, 'fixtures/chargeback/retrieval-denied-unionpay.case.json');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

// Each script prints { entries, result, shippedRulesAgree, invalidCode, sameErrorClass }: the number of
// exports of every entry in package.json `exports`, and what the fixture case and two bad inputs give.
const ESM_SCRIPT = `
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTriage, InvalidRulesError, isInvalidCaseError } from 'pos-dispute-triage';
import { loadRuleSet } from 'pos-dispute-triage/node';

const kase = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const result = await createTriage().triage(kase);
const rulesDir = join(dirname(fileURLToPath(import.meta.resolve('pos-dispute-triage/package.json'))), 'rules');
const fromDisk = await createTriage({ rules: await loadRuleSet(rulesDir) }).triage(kase);
const invalid = await createTriage().triage({ id: 'x', scenario: 'no_such_scenario' }).catch((error) => error);
const badDir = mkdtempSync(join(process.cwd(), 'bad-rules-'));
writeFileSync(join(badDir, 'broken.json'), '{');
const rulesError = await loadRuleSet(badDir).catch((error) => error);
const { exports } = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('pos-dispute-triage/package.json')), 'utf8'));
const entries = {};
for (const subpath of Object.keys(exports).filter((key) => !key.endsWith('.json'))) {
  entries[subpath] = Object.keys(await import(join('pos-dispute-triage', subpath))).length;
}
console.log(JSON.stringify({
  entries,
  result,
  shippedRulesAgree: JSON.stringify(fromDisk) === JSON.stringify(result),
  invalidCode: isInvalidCaseError(invalid) ? invalid.code : String(invalid),
  sameErrorClass: rulesError instanceof InvalidRulesError,
}));
`;

const CJS_SCRIPT = `
const { readFileSync, mkdtempSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { createTriage, InvalidRulesError, isInvalidCaseError } = require('pos-dispute-triage');
const { loadRuleSet } = require('pos-dispute-triage/node');

(async () => {
  const kase = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const result = await createTriage().triage(kase);
  const rulesDir = join(dirname(require.resolve('pos-dispute-triage/package.json')), 'rules');
  const fromDisk = await createTriage({ rules: await loadRuleSet(rulesDir) }).triage(kase);
  const invalid = await createTriage().triage({ id: 'x', scenario: 'no_such_scenario' }).catch((error) => error);
  const badDir = mkdtempSync(join(process.cwd(), 'bad-rules-'));
  writeFileSync(join(badDir, 'broken.json'), '{');
  const rulesError = await loadRuleSet(badDir).catch((error) => error);
  const { exports } = require('pos-dispute-triage/package.json');
  const entries = {};
  for (const subpath of Object.keys(exports).filter((key) => !key.endsWith('.json'))) {
    entries[subpath] = Object.keys(require(join('pos-dispute-triage', subpath))).length;
  }
  console.log(JSON.stringify({
    entries,
    result,
    shippedRulesAgree: JSON.stringify(fromDisk) === JSON.stringify(result),
    invalidCode: isInvalidCaseError(invalid) ? invalid.code : String(invalid),
    sameErrorClass: rulesError instanceof InvalidRulesError,
  }));
})();
`;

// No top-level await, so the same text is valid as an ES module (.mts) and as CommonJS (.cts).
const TYPED_CONSUMER = `
import { createTriage, isInvalidCaseError, type Result, type SafeTriageResult } from 'pos-dispute-triage';
import { loadRuleSet } from 'pos-dispute-triage/node';
import { wechatPayComplaintToCase, type WalletComplaintCase } from 'pos-dispute-triage/adapters';

export const adapted: WalletComplaintCase = wechatPayComplaintToCase({ complaint_id: 'c1', complaint_time: '2026-11-03T14:00:00+08:00', complaint_state: 'PENDING' });

export async function adviseOn(input: unknown): Promise<string> {
  const triage = createTriage({ rules: await loadRuleSet('rules'), parameters: undefined });
  const outcome: SafeTriageResult = await triage.safeTriage(input);
  if (!outcome.ok) return outcome.issues.map((issue) => issue.path + ' ' + issue.message).join('\\n');
  const result: Result = outcome.result;
  // @ts-expect-error severity is a string union: this line fails only if the types resolved to \`any\`
  const severity: number = result.severity;
  try {
    await triage.triage(input);
  } catch (error) {
    if (isInvalidCaseError(error)) return error.issues[0]?.path ?? '';
  }
  return result.actions.map((action) => action.id).join(' > ') + severity;
}
`;

function tsconfig(compilerOptions: Record<string, unknown>, files: string[]): string {
  return JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        lib: ['es2022', 'dom'],
        target: 'es2022',
        ...compilerOptions,
      },
      files,
    },
    null,
    2,
  );
}

let project: string;
const caseText = readFileSync(CASE_PATH, 'utf8');

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'pos-dispute-triage-consumer-'));
  const tarball = packPackage(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  runOrThrow('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], project);
}, 600_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

// Every entry of package.json `exports` loaded, with at least one export.
function expectEveryEntryLoaded(loaded: Record<string, number>): void {
  const { exports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  expect(Object.keys(loaded).sort()).toEqual(
    Object.keys(exports)
      .filter((key) => !key.endsWith('.json'))
      .sort(),
  );
  for (const count of Object.values(loaded)) expect(count).toBeGreaterThan(0);
}

function runScript(name: string, text: string) {
  writeFileSync(join(project, name), text);
  const out = runOrThrow(process.execPath, [name, CASE_PATH], project);
  return JSON.parse(out.stdout) as {
    entries: Record<string, number>;
    result: { caseId: string };
    shippedRulesAgree: boolean;
    invalidCode: string;
    sameErrorClass: boolean;
  };
}

describe('the packed package installed in a fresh project', () => {
  it('triages a case from an ES module exactly as the source does', async () => {
    const expected = await createTriage().triage(JSON.parse(caseText));
    const out = runScript('consumer.mjs', ESM_SCRIPT);
    expect(JSON.stringify(out.result)).toBe(JSON.stringify(expected));
    expect(out.result.caseId).toBe(JSON.parse(caseText).id);
    expect(out.shippedRulesAgree).toBe(true);
    expect(out.invalidCode).toBe('invalid_case');
    expect(out.sameErrorClass).toBe(true);
    expectEveryEntryLoaded(out.entries);
  }, 120_000);

  it('triages the same case from CommonJS with the same result, and ./node shares the root classes', async () => {
    const expected = await createTriage().triage(JSON.parse(caseText));
    const out = runScript('consumer.cjs', CJS_SCRIPT);
    expect(JSON.stringify(out.result)).toBe(JSON.stringify(expected));
    expect(out.shippedRulesAgree).toBe(true);
    expect(out.invalidCode).toBe('invalid_case');
    expect(out.sameErrorClass).toBe(true);
    expectEveryEntryLoaded(out.entries);
  }, 120_000);

  it('installs a dispute-triage command that answers with the same result', async () => {
    const expected = await createTriage().triage(JSON.parse(caseText));
    const out = runOrThrow(join(project, 'node_modules/.bin/dispute-triage'), ['triage', '--json', CASE_PATH], project);
    expect(JSON.parse(out.stdout)).toEqual(expected);
  }, 120_000);

  it('type-checks a TypeScript consumer under moduleResolution node16, as ESM and as CommonJS', () => {
    mkdirSync(join(project, 'node16'), { recursive: true });
    writeFileSync(join(project, 'node16/esm.mts'), TYPED_CONSUMER);
    writeFileSync(join(project, 'node16/cjs.cts'), TYPED_CONSUMER);
    writeFileSync(
      join(project, 'tsconfig.node16.json'),
      tsconfig({ module: 'node16', moduleResolution: 'node16' }, ['node16/esm.mts', 'node16/cjs.cts']),
    );
    runOrThrow(process.execPath, [TSC, '-p', 'tsconfig.node16.json'], project);
  }, 120_000);

  it('type-checks a TypeScript consumer under moduleResolution bundler', () => {
    mkdirSync(join(project, 'bundler'), { recursive: true });
    writeFileSync(join(project, 'bundler/consumer.ts'), TYPED_CONSUMER);
    writeFileSync(
      join(project, 'tsconfig.bundler.json'),
      tsconfig({ module: 'esnext', moduleResolution: 'bundler' }, ['bundler/consumer.ts']),
    );
    runOrThrow(process.execPath, [TSC, '-p', 'tsconfig.bundler.json'], project);
  }, 120_000);

  it('type-checks a TypeScript consumer under the legacy moduleResolution node10, which ignores exports', () => {
    mkdirSync(join(project, 'node10'), { recursive: true });
    writeFileSync(join(project, 'node10/consumer.ts'), TYPED_CONSUMER);
    writeFileSync(
      join(project, 'tsconfig.node10.json'),
      tsconfig({ module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, ignoreDeprecations: '5.0' }, [
        'node10/consumer.ts',
      ]),
    );
    runOrThrow(process.execPath, [TSC, '-p', 'tsconfig.node10.json'], project);
  }, 120_000);
});
