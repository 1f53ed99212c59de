// The root entry bundled for the browser, loaded by a plain page in real headless Chromium (driven by
// playwright-core), gives the same advice as Node, byte for byte. The Chromium is CHROMIUM_PATH, else
// Debian's /usr/bin/chromium, else the one @sparticuz/chromium ships (SKIP_SYSTEM_CHROMIUM=1 forces it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrowserBundle } from '../../scripts/build-browser.mjs';
import { CHROMIUM_FLAGS, findChromium, type FoundChromium } from '../support/find-chromium.js';
import { ROOT } from '../support/fixtures.js';

const CASE_PATH = join(ROOT, 'fixtures/chargeback/retrieval-denied-unionpay.case.json');
const INVALID_CASE = { id: 'bad', scenario: 'chargeback', dispute: { stage: 'not_a_stage' } };

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

let work: string;
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
  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
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
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(`console: ${message.text()}`)));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(`${origin}/`);
    await page.waitForSelector('#out[data-state]', { timeout: 60_000 });
    const state = await page.getAttribute('#out', 'data-state');
    const text = (await page.textContent('#out')) ?? '';
    expect(state, text).toBe('done');
    expect(problems).toEqual([]);

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
