// The root entry and `pos-dispute-triage/browser` (which fetches the rules JSON) bundled for the
// browser, each loaded by a plain page in real headless Chromium (driven by playwright-core), give the
// same advice as Node, byte for byte. The Chromium is CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else the one @sparticuz/chromium ships (SKIP_SYSTEM_CHROMIUM=1 forces it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_GZIP_BYTES, buildBrowserBundle, RULES_JSON, type BrowserBundle } from '../../scripts/build-browser.mjs';
import { CHROMIUM_FLAGS, findChromium, type FoundChromium } from '../support/find-chromium.js';
import { listFixtures, ROOT } from '../support/fixtures.js';
import { serveStatic } from '../support/serve-static.js';

const CASE_PATH = join(ROOT, 'fixtures/chargeback/retrieval-denied-unionpay.case.json');
const INVALID_CASE = { id: 'bad', scenario: 'chargeback', dispute: { stage: 'not_a_stage' } };
// Several fixture cases across the scenarios, and the invalid one, for the browser entry.
const CASES = [
  ...listFixtures()
    .filter((_, i) => i % 12 === 0)
    .map((fixture) => fixture.kase),
  INVALID_CASE,
];
const PARAMETERS = { retrieval_response_working_days: 7 };

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>pos-dispute-triage</title>
<link rel="icon" href="data:,">
<pre id="out"></pre>
<script type="module">
  import { createTriage } from './pos-dispute-triage.js';
  const out = document.getElementById('out');
  try {
    const triage = createTriage();
    const kase = await (await fetch('./case.json')).json();
    const result = await triage.triage(kase);
    const invalid = await triage.safeTriage(${JSON.stringify(INVALID_CASE)});
    // json-rules-engine itself, loaded from its lazy chunk on first use.
    const reference = await createTriage({ evaluator: 'json-rules-engine' }).triage(kase);
    out.textContent = JSON.stringify({ result, invalid, reference });
    out.dataset.state = 'done';
  } catch (error) {
    out.textContent = String(error && error.stack || error);
    out.dataset.state = 'failed';
  }
</script>
`;

// The browser entry: the rules fetched at run time, then every case triaged and, when it names a
// channel, drafted; one case again with parameters (recompiled in the page from the fetched files).
const BROWSER_PAGE = `<!doctype html>
<meta charset="utf-8">
<title>pos-dispute-triage/browser</title>
<link rel="icon" href="data:,">
<pre id="out"></pre>
<script type="module">
  import { createTriage, draftDocument, loadRules } from './pos-dispute-triage-browser.js';
  const out = document.getElementById('out');
  const attempt = (run) => { try { return run(); } catch (error) { return String(error); } };
  try {
    const rules = await loadRules('/rules.json');
    const triage = createTriage({ rules });
    const cases = await (await fetch('/cases.json')).json();
    const results = [];
    const drafts = [];
    for (const kase of cases) {
      const outcome = await triage.safeTriage(kase);
      results.push(outcome);
      if (outcome.ok && outcome.result.escalation.channel)
        drafts.push(attempt(() => draftDocument(kase, outcome.result, { rules: triage.ruleSet })));
    }
    const parameters = ${JSON.stringify(PARAMETERS)};
    const withParameters = await createTriage({ rules, parameters }).triage(cases[0]);
    const ruleset = { version: rules.version, hash: rules.hash };
    out.textContent = JSON.stringify({ ruleset, results, drafts, withParameters });
    out.dataset.state = 'done';
  } catch (error) {
    out.textContent = String(error && error.stack || error);
    out.dataset.state = 'failed';
  }
</script>
`;

let work: string;
let entryBundle: BrowserBundle;
let server: Server;
let context: BrowserContext;
let origin: string;
let found: FoundChromium;

beforeAll(async () => {
  found = await findChromium();
  work = mkdtempSync(join(tmpdir(), 'pos-dispute-triage-browser-'));
  const bundle = await buildBrowserBundle({ outfile: join(work, 'pos-dispute-triage.js') });
  const files: Record<string, [string, Buffer | string]> = {
    '/': ['text/html; charset=utf-8', PAGE],
    '/case.json': ['application/json', readFileSync(CASE_PATH)],
  };
  // The entry and its chunks (json-rules-engine loads lazily from one of them).
  for (const file of bundle.files) files[`/${basename(file)}`] = ['text/javascript; charset=utf-8', readFileSync(file)];
  // pos-dispute-triage/browser under /browser/, with the rules JSON and the cases it fetches.
  entryBundle = await buildBrowserBundle({
    entry: 'browser',
    outfile: join(work, 'browser/pos-dispute-triage-browser.js'),
  });
  files['/browser/'] = ['text/html; charset=utf-8', BROWSER_PAGE];
  for (const file of entryBundle.files)
    files[`/browser/${basename(file)}`] = ['text/javascript; charset=utf-8', readFileSync(file)];
  files['/rules.json'] = ['application/json', readFileSync(RULES_JSON)];
  files['/cases.json'] = ['application/json', JSON.stringify(CASES)];
  ({ server, origin } = await serveStatic(files, { 'cache-control': 'no-store' }));
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env },
    headless: true,
    args: CHROMIUM_FLAGS,
    // A host zone far from the case's: the advice must not depend on it.
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page of the server, waits for its script to finish, and answers its output and requests. */
async function openPage(path: string): Promise<{ page: Page; text: string; requested: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => void (message.type() === 'error' && problems.push(`console: ${message.text()}`)));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('#out[data-state]', { timeout: 60_000 });
  const state = await page.getAttribute('#out', 'data-state');
  const text = (await page.textContent('#out')) ?? '';
  expect(state, text).toBe('done');
  expect(problems).toEqual([]);
  return { page, text, requested };
}

describe('the root entry in a browser', () => {
  it('runs in the Chromium the finder picked (SKIP_SYSTEM_CHROMIUM=1 picks @sparticuz/chromium)', async () => {
    const expected = process.env.CHROMIUM_PATH
      ? 'CHROMIUM_PATH'
      : process.env.SKIP_SYSTEM_CHROMIUM === '1'
        ? '@sparticuz/chromium'
        : undefined;
    if (expected) expect(found.origin).toBe(expected);
    const page = await context.newPage();
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/Chrome\/\d+/);
    console.info(`browser test: ${found.origin} Chromium at ${found.executablePath}`);
    await page.close();
  });

  it('triages a fixture case in headless Chromium with the same JSON as Node, byte for byte', async () => {
    const { page, text } = await openPage('/');
    const inBrowser = JSON.parse(text) as { result: unknown; invalid: unknown; reference: unknown };
    // The same build in Node: the package's root entry as Node consumers load it.
    const { createTriage } = (await import(
      pathToFileURL(join(ROOT, 'dist/index.js')).href
    )) as typeof import('../../src/index.js');
    const triage = createTriage();
    const inNode = await triage.triage(JSON.parse(readFileSync(CASE_PATH, 'utf8')));
    expect(inBrowser.result).toEqual(inNode); // a readable diff first
    expect(JSON.stringify(inBrowser.result)).toBe(JSON.stringify(inNode));
    expect(JSON.stringify(inBrowser.reference)).toBe(JSON.stringify(inNode));
    expect(inBrowser.invalid).toEqual(await triage.safeTriage(INVALID_CASE));
    expect(inBrowser.invalid).toMatchObject({ ok: false, issues: [{ path: '/dispute/stage' }] });
    await page.close();
  }, 120_000);
});

describe('pos-dispute-triage/browser in a browser, with the rules fetched', () => {
  it('loads less than the budget with the page, and none of the bundled rules', async () => {
    const { defaultRules } = (await import(
      pathToFileURL(join(ROOT, 'dist/index.js')).href
    )) as typeof import('../../src/index.js');
    expect(entryBundle.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    const upFront = entryBundle.files.filter((file) => !entryBundle.lazyChunks.some((chunk) => chunk.file === file));
    // The compiled set's hash is in the fetched JSON only.
    for (const file of upFront) expect(readFileSync(file, 'utf8')).not.toContain(defaultRules().hash);
    expect(readFileSync(RULES_JSON, 'utf8')).toContain(defaultRules().hash);
  });

  it('triages and drafts fixture cases in headless Chromium with the same JSON as Node, byte for byte', async () => {
    const { page, text, requested } = await openPage('/browser/');
    const inBrowser = JSON.parse(text) as {
      ruleset: { version: string; hash: string };
      results: unknown[];
      drafts: unknown[];
      withParameters: unknown;
    };
    // The same build in Node: the package's root entry, its rules bundled.
    const { createTriage, defaultRules, draftDocument } = (await import(
      pathToFileURL(join(ROOT, 'dist/index.js')).href
    )) as typeof import('../../src/index.js');
    expect(inBrowser.ruleset).toEqual({ version: defaultRules().version, hash: defaultRules().hash });
    const triage = createTriage();
    const results = [];
    const drafts = [];
    for (const kase of CASES) {
      const outcome = await triage.safeTriage(kase);
      results.push(outcome);
      if (!outcome.ok || !outcome.result.escalation.channel) continue;
      try {
        drafts.push(draftDocument(kase, outcome.result));
      } catch (error) {
        drafts.push(String(error));
      }
    }
    expect(results.filter((outcome) => outcome.ok).length).toBeGreaterThan(5);
    expect(drafts.filter((draft) => typeof draft === 'object').length).toBeGreaterThan(3);
    expect(inBrowser.results).toEqual(results); // a readable diff first
    expect(JSON.stringify(inBrowser.results)).toBe(JSON.stringify(results));
    expect(JSON.stringify(inBrowser.drafts)).toBe(JSON.stringify(drafts));
    const withParameters = await createTriage({ parameters: PARAMETERS }).triage(CASES[0]);
    expect(JSON.stringify(inBrowser.withParameters)).toBe(JSON.stringify(withParameters));
    // What loaded: the page, the up-front files, the rules and the cases; no lazy chunk.
    const scripts = requested.filter((path) => path.endsWith('.js')).sort();
    const lazy = new Set(entryBundle.lazyChunks.map((chunk) => `/browser/${basename(chunk.file)}`));
    expect(scripts.length).toBeGreaterThan(0);
    for (const path of scripts) expect(lazy.has(path), path).toBe(false);
    expect(requested).toEqual(expect.arrayContaining(['/rules.json', '/cases.json']));
    await page.close();
  }, 120_000);
});
