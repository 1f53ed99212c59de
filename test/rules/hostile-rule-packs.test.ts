import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compileRuleSet,
  createTriage,
  isInvalidRulesError,
  lintRuleSet,
  type Issue,
  type RuleSource,
} from '../../src/index.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import { loadRuleFiles, loadRuleSet } from '../../src/node.js';
import { BASE_FILES, baseSources, hostilePacks } from '../support/hostile-rule-packs.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A temporary rules directory holding the bundled catalog and common pack plus `files`. */
function rulesDir(files: ReadonlyArray<{ file: string; text: string | Buffer }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-rules-'));
  dirs.push(dir);
  for (const { file, text } of [...BASE_FILES, ...files]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function issuesOf(run: () => unknown): Issue[] {
  try {
    run();
  } catch (error) {
    if (isInvalidRulesError(error)) return [...error.issues];
    throw error;
  }
  throw new Error('expected the rules to be rejected');
}

async function loadIssuesOf(run: () => Promise<unknown>): Promise<Issue[]> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isInvalidRulesError(error)) return [...error.issues];
  throw error ?? new Error('expected the rules to be rejected');
}

function expectIssue(issues: readonly Issue[], file: string, code: string, path: string | RegExp): void {
  expect(issues, JSON.stringify(issues).slice(0, 2000)).toContainEqual(
    expect.objectContaining({
      file,
      code,
      path: typeof path === 'string' ? path : expect.stringMatching(path),
      message: expect.any(String),
    }),
  );
  for (const issue of issues) expect(issue.message.length).toBeLessThan(1000);
}

const packs = hostilePacks();

describe('hostile rule packs', () => {
  it(`are ${packs.length} packs, each a different attack`, () => {
    expect(new Set(packs.map((p) => p.name)).size).toBe(packs.length);
    expect(packs.length).toBeGreaterThanOrEqual(25);
  });

  describe('compileRuleSet rejects, naming file and JSON pointer', () => {
    for (const p of packs) {
      it(p.name, () => {
        const started = Date.now();
        const issues = issuesOf(() =>
          compileRuleSet([...baseSources(), { file: p.file, content: JSON.parse(p.text) }]),
        );
        expectIssue(issues, p.file, p.code, p.path);
        expect(Date.now() - started).toBeLessThan(5_000);
      });
    }
  });

  describe('loadRuleSet rejects the same files from disk', () => {
    for (const p of packs) {
      it(p.name, async () => {
        const dir = rulesDir([p]);
        expectIssue(await loadIssuesOf(() => loadRuleSet(dir)), p.file, p.code, p.path);
      });
    }
  });

  describe('lintRuleSet reports the same issue for the same pack in memory', () => {
    for (const p of packs) {
      it(p.name, () => {
        expectIssue(
          lintRuleSet([...baseSources(), { file: p.file, content: JSON.parse(p.text) }]).issues,
          p.file,
          p.code,
          p.path,
        );
      });
    }
  });

  it('a pack is not touched beyond its own issue: the same pack without the attack compiles', () => {
    const clean = JSON.parse(packs[0]!.text) as { rules: Array<{ conditions: unknown }> };
    clean.rules[0]!.conditions = { all: [{ fact: 'scenario', operator: 'equal', value: 'chargeback' }] };
    expect(compileRuleSet([...baseSources(), { file: 'clean.json', content: clean }]).rules.length).toBeGreaterThan(0);
  });

  it('rejects a cyclic object given in memory without hanging', () => {
    const cyclic: Record<string, unknown> = { kind: 'rules', id: 'cyclic', version: '1.0.0' };
    cyclic.self = cyclic;
    expectIssue(
      issuesOf(() => compileRuleSet([...baseSources(), { file: 'cyclic.json', content: cyclic }])),
      'cyclic.json',
      'limit_exceeded',
      /^(\/self){63,64}$/,
    );
  });

  it('rejects rule files holding more values than maxNodes, stopping the count there', () => {
    const big: RuleSource = {
      file: 'big.json',
      content: {
        kind: 'rules',
        id: 'big',
        version: '1.0.0',
        title: { 'zh-CN': '大', en: 'big' },
        rules: [],
        padding: new Array(600_000).fill(0),
      },
    };
    const started = Date.now();
    expectIssue(
      issuesOf(() => compileRuleSet([...baseSources(), big])),
      'big.json',
      'limit_exceeded',
      '',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('applies limits a caller sets, in both directions', () => {
    expect(issuesOf(() => compileRuleSet(DEFAULT_RULE_SOURCES, { limits: { maxDepth: 5 } }))[0]).toMatchObject({
      code: 'limit_exceeded',
      message: expect.stringContaining('maxDepth is 5'),
    });
    let deep: unknown = { fact: 'scenario', operator: 'equal', value: 'chargeback' };
    for (let i = 0; i < 100; i += 1) deep = { not: deep };
    const pack = {
      kind: 'rules',
      id: 'deep_but_allowed',
      version: '1.0.0',
      title: { 'zh-CN': '深', en: 'deep' },
      rules: [
        {
          id: 'deep_but_allowed.rule',
          description: { 'zh-CN': '深', en: 'deep' },
          sources: ['S1'],
          confidence: 'uncertain',
          priority: 1,
          conditions: { all: [deep] },
          outcome: {},
        },
      ],
    };
    expect(issuesOf(() => compileRuleSet([...baseSources(), { file: 'deep.json', content: pack }]))[0]).toMatchObject({
      code: 'limit_exceeded',
    });
    expect(
      compileRuleSet([...baseSources(), { file: 'deep.json', content: pack }], { limits: { maxDepth: 300 } }).rules.map(
        (r) => r.id,
      ),
    ).toContain('deep_but_allowed.rule');
  });

  it('rejects a caller override that turns a day count into a trillion days', () => {
    expect(
      issuesOf(() => compileRuleSet(DEFAULT_RULE_SOURCES, { parameters: { support_reply_working_days: 1e12 } })),
    ).toContainEqual(
      expect.objectContaining({
        code: 'invalid_parameter',
        path: '/channels/acquirer_customer_service/replyWindow/days/param',
        message: expect.stringContaining('1000000000000'),
      }),
    );
    expect(() => createTriage({ parameters: { support_reply_working_days: 2.5 } })).toThrow(
      /whole number from 0 to 3650/,
    );
  });
});

describe('loading rule files from disk', () => {
  it('reports a file of tens of megabytes without reading it', async () => {
    const dir = rulesDir([]);
    // A sparse 40 MB file: reading it would take memory and time, stat does not.
    const fd = openSync(join(dir, 'huge.json'), 'w');
    ftruncateSync(fd, 40 * 1024 * 1024);
    closeSync(fd);
    const started = Date.now();
    const issues = await loadIssuesOf(() => loadRuleFiles(dir));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'limit_exceeded',
        file: 'huge.json',
        message: expect.stringMatching(/41943040 bytes; the limit maxFileBytes is 4194304/),
      }),
    ]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reports files that together pass maxTotalBytes', async () => {
    const dir = rulesDir([]);
    const issues = await loadIssuesOf(() => loadRuleFiles(dir, { maxTotalBytes: 50_000 }));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'limit_exceeded', message: expect.stringContaining('maxTotalBytes is 50000') }),
    ]);
  });

  it('reports invalid JSON and invalid UTF-8 by file, all at once', async () => {
    const dir = rulesDir([
      { file: 'broken.json', text: '{"kind": "rules",' },
      { file: 'latin1.json', text: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
    ]);
    const issues = await loadIssuesOf(() => loadRuleFiles(dir));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'invalid_json', file: 'broken.json', path: '' }),
      expect.objectContaining({ code: 'invalid_utf8', file: 'latin1.json', path: '' }),
    ]);
  });

  it('accepts a byte-order mark and reads the files it can', async () => {
    const dir = rulesDir([
      {
        file: 'partner.json',
        text:
          '\uFEFF' +
          JSON.stringify({
            kind: 'rules',
            id: 'partner',
            version: '1.0.0',
            title: { 'zh-CN': '伙伴', en: 'Partner' },
            rules: [],
          }),
      },
    ]);
    expect((await loadRuleFiles(dir)).map((s) => s.file)).toEqual([
      'catalog/core.json',
      'catalog/sources.json',
      'common.json',
      'partner.json',
    ]);
  });

  it('guards parsed files even without compiling them', async () => {
    const hostile = packs.find((p) => p.code === 'forbidden_key')!;
    const dir = rulesDir([hostile]);
    expectIssue(await loadIssuesOf(() => loadRuleFiles(dir)), hostile.file, 'forbidden_key', hostile.path);
  });
});
