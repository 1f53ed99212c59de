// ISSUE_CODES is the one list of the codes on issues, errors and HTTP problems: every code the
// source uses is in it, every entry is used (or is one of zod's codes passed through), each has a
// one-line summary; and issues carry what was expected and what was found as data.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createTriage,
  formatIssues,
  isIssueCode,
  ISSUE_CODES,
  isTriageError,
  type Issue,
  type IssueCode,
} from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';
import { bundledSource, partnerPack, rejectionIssues } from '../support/rule-sources.js';

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Result warnings (src/assemble/) are another namespace, open to rule packs; generated files echo data.
const files = sourceFiles(SRC)
  .map((path) => relative(ROOT, path))
  .filter((path) => !path.startsWith('src/assemble/') && !path.startsWith('src/generated/'))
  .filter((path) => path !== 'src/issue-codes.ts');
const texts = files.map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

// zod's `custom` (a refinement's issue) never reaches an issue: fromZodIssues takes its params' code.
const CODE_SITES = [
  /\bcode: '(?!custom')([a-z_]+)'/g,
  /\berror\.code === '([a-z_]+)'/g,
  /\breport\(\s*'([a-z_]+)'/g,
  /\breport\(ctx, \[[^\]]*\], [^,]+, '([a-z_]+)'/g,
  /\bissueAt\(\s*[\w.]+,\s*[\w.()]+,\s*'([a-z_]+)'/g,
  /\b(?:TriageError|super)\(\s*'([a-z_]+)'/g,
];

// There, report's first argument is the option's key; its issues are all invalid_option.
const REPORTS_KEYS = 'src/check-triage-options.ts';

function codesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const { file, text } of texts)
    for (const pattern of CODE_SITES) {
      if (file === REPORTS_KEYS && pattern.source.startsWith('\\breport')) continue;
      for (const match of text.matchAll(pattern)) used.set(match[1]!, file);
    }
  return used;
}

// zod's own codes reach issues through fromZodIssues without being written in src/.
const ZOD_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
];

describe('ISSUE_CODES', () => {
  it('holds every code the source puts on an issue, an error or an HTTP problem', () => {
    const used = codesUsed();
    expect(used.size).toBeGreaterThan(60);
    const unlisted = [...used].filter(([code]) => !isIssueCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(unlisted).toEqual([]);
  });

  it('lists no code that nothing produces', () => {
    const all = texts.map(({ text }) => text).join('\n');
    const unused = Object.keys(ISSUE_CODES).filter((code) => !ZOD_CODES.includes(code) && !all.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('documents each code in one line', () => {
    for (const [code, summary] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(summary, code).toMatch(/^[A-Z"][^\n]*\.$/);
      expect(summary.length, code).toBeLessThanOrEqual(110);
    }
  });

  it('tells its codes from other strings, inherited names included', () => {
    expect(isIssueCode('unknown_key')).toBe(true);
    for (const other of ['nope', 'toString', '__proto__', 'constructor', 42, undefined])
      expect(isIssueCode(other)).toBe(false);
  });
});

describe('issues carry expected and found beside the message', () => {
  const triage = createTriage();
  const base = { id: 'c1', scenario: 'chargeback', asOf: '2026-11-05' };

  async function issuesOf(input: unknown): Promise<readonly Issue[]> {
    const outcome = await triage.safeTriage(input);
    if (outcome.ok) throw new Error('expected the case to be rejected');
    return outcome.issues;
  }

  it('for a value of the wrong type, an unknown id and a value not in a list', async () => {
    const issues = await issuesOf({ ...base, locale: 5, transaction: { amount: 'lots' }, dispute: { stage: 'nope' } });
    expect(issues).toEqual([
      {
        code: 'invalid_value',
        path: '/locale',
        message: 'expected one of "zh-CN", "en"; found the number 5',
        expected: 'one of "zh-CN", "en"',
        found: 'the number 5',
      },
      {
        code: 'invalid_type',
        path: '/transaction/amount',
        message: 'expected number, found the string "lots"',
        expected: 'number',
        found: 'the string "lots"',
      },
      expect.objectContaining({ code: 'unknown_id', path: '/dispute/stage', found: '"nope"' }),
    ]);
    expect(issues[2]!.message).toBe(`expected ${issues[2]!.expected}; found "nope"`);
    expect(issues[2]!.expected).toMatch(/^a known dispute stage id \(.*retrieval.*\)$/);
  });

  it('for a missing field and an unknown key', async () => {
    const issues = await issuesOf({ id: 'c1', asOf: '2026-11-05', scenaro: 'chargeback' });
    expect(issues).toContainEqual({
      code: 'unknown_key',
      path: '/scenaro',
      message: 'unknown key "scenaro": expected none of that name (a typo?)',
      expected: 'none of that name',
      found: 'the key "scenaro"',
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'missing', path: '/scenario', found: 'nothing' }));
  });

  it('for a rule naming an unknown fact, and a bad option', () => {
    const rule = {
      id: 'partner.odd',
      description: { 'zh-CN': '怪', en: 'Odd' },
      sources: ['S23'],
      confidence: 'confirmed',
      priority: 50,
      conditions: { all: [{ fact: 'moonPhase', operator: 'equal', value: 'full' }] },
      outcome: { actions: [{ id: 'contact_customer', order: 10 }] },
    };
    const catalogs = ['catalog/core.json', 'catalog/sources.json', 'common.json'].map(bundledSource);
    const sources = [...catalogs, partnerPack([rule])];
    const [issue] = rejectionIssues(sources);
    expect(issue).toMatchObject({ code: 'unknown_fact', rule: 'partner.odd', found: '"moonPhase"' });
    expect(issue!.message).toBe(`expected ${issue!.expected}; found "moonPhase"`);

    let thrown: unknown;
    try {
      createTriage({ timeZone: 'Mars/Olympus' });
    } catch (error) {
      thrown = error;
    }
    expect(isTriageError(thrown) && thrown.code).toBe('invalid_options');
    expect(isTriageError(thrown) && thrown.issues).toEqual([
      {
        code: 'invalid_option',
        path: '/timeZone',
        message: 'expected an IANA time zone such as "Asia/Shanghai"; found "Mars/Olympus"',
        expected: 'an IANA time zone such as "Asia/Shanghai"',
        found: '"Mars/Olympus"',
      },
    ]);
  });

  it('while formatIssues prints only where and the message, as before', () => {
    const code: IssueCode = 'invalid_value';
    const issue: Issue = { code, path: '/locale', message: 'expected one of "zh-CN", "en"; found 5', found: '5' };
    expect(formatIssues([issue, { ...issue, file: 'a.json', rule: 'r1' }])).toBe(
      '/locale: expected one of "zh-CN", "en"; found 5\na.json: r1: /locale: expected one of "zh-CN", "en"; found 5',
    );
  });
});
