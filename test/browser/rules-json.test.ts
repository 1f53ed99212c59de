// The bundled rules as one JSON document (dist/rules.json): packed from the precompiled set and
// turned back into it by the browser entry, in Node and from src/ (the Chromium test runs dist/).
import { describe, expect, it } from 'vitest';
import { packDefaultRules } from '../../scripts/write-rules-json.mjs';
import {
  createTriage as createBrowserTriage,
  draftDocument as draftBrowserDocument,
  hydrateRules,
  loadRules,
  packRules,
  type RulesJson,
} from '../../src/browser.js';
import * as browserEntry from '../../src/browser.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import * as rootEntry from '../../src/index.js';
import { createTriage, defaultRules, draftDocument, isInvalidRulesError, isTriageError } from '../../src/index.js';
import { listFixtures } from '../support/fixtures.js';

const packed = (): RulesJson => JSON.parse(JSON.stringify(packRules(defaultRules()))) as RulesJson;
const rejection = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

describe('the bundled rules as JSON', () => {
  it('is what the build writes to dist/rules.json', async () => {
    expect(await packDefaultRules()).toBe(JSON.stringify(packRules(defaultRules())));
  });

  it('turns back into defaultRules(): the same set, key order, version and hash included', () => {
    const ruleSet = hydrateRules(packed());
    expect(ruleSet.hash).toBe(defaultRules().hash);
    expect(ruleSet.version).toBe(defaultRules().version);
    expect(ruleSet).toStrictEqual(defaultRules());
    expect(JSON.stringify(ruleSet)).toBe(JSON.stringify(defaultRules()));
  });

  it('carries the rule data once: parts taken from the files are references into them', () => {
    const text = JSON.stringify(packed());
    const sources = JSON.stringify(DEFAULT_RULE_SOURCES).length;
    expect(text.length).toBeLessThan(sources + JSON.stringify(defaultRules()).length / 2);
    expect(text).toContain('{"$ref":[');
  });

  it('compiles the files again with verify, and refuses a document whose hash they do not give', () => {
    expect(hydrateRules(packed(), { verify: true })).toStrictEqual(defaultRules());
    const tampered = packed();
    (tampered.ruleSet as { hash: string }).hash = `sha256:${'0'.repeat(64)}`;
    const error = rejection(() => hydrateRules(tampered, { verify: true }));
    expect(isInvalidRulesError(error) && error.issues[0]).toMatchObject({ path: '/ruleSet/hash' });
  });

  it('takes parameters as the root entry does: recompiled from the files, same hash', () => {
    const parameters = { retrieval_response_working_days: 7 };
    const browser = createBrowserTriage({ rules: hydrateRules(packed()), parameters });
    expect(browser.ruleSet.hash).toBe(createTriage({ parameters }).ruleSet.hash);
    expect(browser.ruleSet.hash).not.toBe(defaultRules().hash);
  });

  it('refuses what is not a rules document, naming where', () => {
    const badRef = packed();
    (badRef.ruleSet as { catalog: unknown }).catalog = { $ref: [0, 'no_such_key'] };
    const prototypeKey = packed();
    prototypeKey.sources[0] = { file: 'x.json', content: JSON.parse('{"__proto__": {"polluted": true}}') };
    const cases: Array<[unknown, string]> = [
      [null, '/format'],
      [{ ...packed(), format: 'other' }, '/format'],
      [{ ...packed(), sources: [{ content: {} }] }, '/sources'],
      [{ ...packed(), parameters: { a: 'x' } }, '/parameters'],
      [{ ...packed(), ruleSet: [] }, '/ruleSet'],
      [badRef, '/ruleSet'],
    ];
    for (const [json, path] of cases) {
      const error = rejection(() => hydrateRules(json));
      expect(isInvalidRulesError(error) && error.issues[0]?.path, JSON.stringify(path)).toBe(path);
    }
    expect(isInvalidRulesError(rejection(() => hydrateRules(prototypeKey)))).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('cannot pack a set of unknown origin', () => {
    const plain = JSON.parse(JSON.stringify(defaultRules()));
    const error = rejection(() => packRules(plain));
    expect(isTriageError(error) && error.code).toBe('rules_not_packable');
  });
});

describe('loadRules', () => {
  const serving = (response: () => Response) => async (url: string) => {
    expect(url).toBe('https://example.test/rules.json');
    return response();
  };

  it('fetches and hydrates the document', async () => {
    const text = JSON.stringify(packRules(defaultRules()));
    const fetch = serving(() => new Response(text, { headers: { 'content-type': 'application/json' } }));
    const ruleSet = await loadRules(new URL('https://example.test/rules.json'), { fetch });
    expect(ruleSet).toStrictEqual(defaultRules());
  });

  it('answers a failed request or a body that is not JSON with rules_unavailable', async () => {
    for (const response of [() => new Response('gone', { status: 404 }), () => new Response('{')]) {
      const error = await loadRules('https://example.test/rules.json', { fetch: serving(response) }).catch((e) => e);
      expect(isTriageError(error) && error.code).toBe('rules_unavailable');
    }
  });
});

describe('the browser entry over the hydrated rules', () => {
  it('exports what the root entry does, but the bundled rules, plus the rules JSON functions', () => {
    const [root, browser] = [Object.keys(rootEntry), Object.keys(browserEntry)];
    expect(root.filter((name) => !browser.includes(name)).sort()).toEqual(['defaultRules', 'withDefaultRules']);
    expect(browser.filter((name) => !root.includes(name)).sort()).toEqual([
      'RULES_JSON_FORMAT',
      'hydrateRules',
      'loadRules',
      'packRules',
    ]);
  });

  it('requires rules', () => {
    expect(() => createBrowserTriage({} as never)).toThrow(/expected rules/);
  });

  it('triages and drafts the fixture cases as the root entry does, byte for byte', async () => {
    const browser = createBrowserTriage({ rules: hydrateRules(packed()) });
    const root = createTriage();
    const fixtures = listFixtures().filter((_, i) => i % 10 === 0);
    expect(fixtures.length).toBeGreaterThan(5);
    let drafted = 0;
    for (const { name, kase } of fixtures) {
      const [mine, theirs] = [await browser.safeTriage(kase), await root.safeTriage(kase)];
      expect(JSON.stringify(mine), name).toBe(JSON.stringify(theirs));
      if (!theirs.ok || theirs.result.escalation.channel === null) continue;
      // Drafted alike, or refused alike (a channel without a template).
      const draft = (run: () => unknown) => {
        try {
          return run();
        } catch (error) {
          return String(error);
        }
      };
      const mineDraft = draft(() => draftBrowserDocument(kase, theirs.result, { rules: browser.ruleSet }));
      expect(mineDraft, name).toEqual(draft(() => draftDocument(kase, theirs.result)));
      if (typeof mineDraft === 'object') drafted += 1;
    }
    expect(drafted).toBeGreaterThan(3);
  });
});
