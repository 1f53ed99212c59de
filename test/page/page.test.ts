// The support-desk page in real headless Chromium: paste a README example case, press the button, and
// read the same first action, channel and deadlines as the library's result; tick an evidence item and
// see the checklist change; no console error and no request outside the page's origin.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, readPageExamples } from '../../scripts/build-page.mjs';
import { ROOT } from '../support/fixtures.js';
import { serveStatic } from '../support/serve-static.js';
import { startServe } from '../support/serve.js';
import { CHROMIUM_FLAGS, findChromium } from '../support/find-chromium.js';

const ARTIFACTS = join(ROOT, '.tmp/artifacts');
const examples = readPageExamples();

let work: string;
let server: Server;
let context: BrowserContext;
let origin: string;

async function libraryResult(kase: unknown) {
  const { createTriage } = (await import(
    pathToFileURL(join(ROOT, 'dist/index.js')).href
  )) as typeof import('../../src/index.js');
  return createTriage().triage(kase);
}

/** Opens the page and records every problem a user would not see: errors and foreign requests. */
async function openPage(url: string, allowedPrefix: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => void (message.type() === 'error' && problems.push(`console: ${message.text()}`)));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(allowedPrefix) && !target.startsWith('data:') && !target.startsWith('blob:')) {
      problems.push(`foreign request: ${target}`);
    }
  });
  await page.goto(url);
  await page.waitForSelector('#app[data-ready]', { timeout: 60_000 });
  return { page, problems };
}

async function triageOnPage(page: Page, kase: unknown) {
  await page.fill('#case-json', JSON.stringify(kase, null, 2));
  await page.evaluate(() => document.getElementById('output')?.removeAttribute('data-state'));
  await page.click('#run');
  await page.waitForSelector('#output[data-state=done]', { timeout: 30_000 });
  return page.evaluate(() => ({
    firstAction: document.querySelector('[data-action]')?.getAttribute('data-action'),
    channel: document.querySelector('[data-channel]')?.getAttribute('data-channel'),
    deadlines: Array.from(document.querySelectorAll('[data-deadline]')).map((item) => ({
      id: item.getAttribute('data-deadline'),
      dueAt: item.querySelector('time')?.getAttribute('datetime'),
    })),
    held: Array.from(document.querySelectorAll<HTMLInputElement>('[data-evidence]')).map((box) => [
      box.dataset.evidence,
      box.checked,
    ]),
  }));
}

beforeAll(async () => {
  // CHROMIUM_PATH, then the system's, then the one inside @sparticuz/chromium (installed from npm).
  const found = await findChromium();
  work = mkdtempSync(join(tmpdir(), 'pos-dispute-triage-page-'));
  await buildPage({ outdir: join(work, 'site') });
  const files: Record<string, [string, Buffer]> = {
    '/': ['text/html; charset=utf-8', readFileSync(join(work, 'site/index.html'))],
    '/triage-page.js': ['text/javascript; charset=utf-8', readFileSync(join(work, 'site/triage-page.js'))],
  };
  ({ server, origin } = await serveStatic(files));
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env },
    headless: true,
    args: CHROMIUM_FLAGS,
    timezoneId: 'America/Los_Angeles',
    acceptDownloads: true,
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the support-desk page', () => {
  it('embeds every README worked example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it('shows the same first action, channel and deadlines as the library for every README example', async () => {
    const { page, problems } = await openPage(`${origin}/`, origin);
    for (const example of examples) {
      const shown = await triageOnPage(page, example.case);
      const result = await libraryResult(example.case);
      expect(shown.firstAction, example.file).toBe(result.actions[0]?.id);
      expect(shown.channel, example.file).toBe(result.escalation.channel ?? '');
      expect(shown.deadlines, example.file).toEqual(result.deadlines.map((d) => ({ id: d.id, dueAt: d.dueAt })));
      expect(shown.held, example.file).toEqual(result.evidence.map((item) => [item.id, item.held]));
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('re-runs the triage when an evidence item is ticked and says what changed', async () => {
    const { page, problems } = await openPage(`${origin}/`, origin);
    const example = examples[0]!;
    const before = await triageOnPage(page, example.case);
    const [missing] = before.held.find(([, held]) => !held) ?? [];
    expect(missing).toBeTruthy();
    await page.evaluate(() => document.getElementById('output')?.removeAttribute('data-state'));
    await page.check(`[data-evidence="${missing}"]`);
    await page.waitForSelector('#output[data-state=done]');
    await page.waitForSelector('#changes:not([hidden])');
    const after = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('[data-evidence]')).map((b) => [
        b.dataset.evidence,
        b.checked,
      ]),
    );
    const kase = example.case as { evidence?: string[] };
    const expected = await libraryResult({ ...kase, evidence: [...(kase.evidence ?? []), missing] });
    expect(after).toEqual(expected.evidence.map((item) => [item.id, item.held]));
    expect(JSON.parse(await page.inputValue('#case-json')).evidence).toContain(missing);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('downloads the result JSON, the deadlines as ICS and a printable draft for the next channel', async () => {
    const { page, problems } = await openPage(`${origin}/`, origin);
    const example = examples.find((e) => e.file.includes('deposit_not_returned'))!;
    await triageOnPage(page, example.case);
    const result = await libraryResult(example.case);
    const read = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return readFileSync((await download.path())!, 'utf8');
    };
    expect(JSON.parse(await read('#download-json'))).toEqual(result);
    const ics = await read('#download-ics');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(result.deadlines.length + (result.nextReviewAt ? 1 : 0));
    const draft = await read(`#download-draft-${result.escalation.channel}`);
    expect(draft).toMatch(/^<!DOCTYPE html>/i);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('answers an invalid case with the issues and their JSON paths', async () => {
    const { page, problems } = await openPage(`${origin}/`, origin);
    await page.fill('#case-json', JSON.stringify({ id: 'bad', scenario: 'chargeback', dispute: { stage: 'nope' } }));
    await page.click('#run');
    await page.waitForSelector('#errors:not([hidden])');
    expect(await page.textContent('#errors')).toContain('/dispute/stage');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works opened from disk, in English, and labels every control', async () => {
    const url = pathToFileURL(join(work, 'site/index.html')).href;
    const { page, problems } = await openPage(url, pathToFileURL(join(work, 'site')).href);
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#run')).toBe('Triage');
    const shown = await triageOnPage(page, examples[1]!.case);
    expect(shown.channel).toBe((await libraryResult(examples[1]!.case)).escalation.channel ?? '');
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea'))
        .filter((control) => (control.labels?.length ?? 0) === 0 && !control.getAttribute('aria-label'))
        .map((control) => control.id),
    );
    expect(unlabelled).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('is what `dispute-triage serve` answers at /, with its CSP as a header too', async () => {
    const served = await startServe();
    try {
      const response = await fetch(`${served.url}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'none'");
      expect(await response.text()).toBe(readFileSync(join(ROOT, 'dist/page/index.html'), 'utf8'));
      const { page, problems } = await openPage(`${served.url}/`, served.url);
      const shown = await triageOnPage(page, examples[2]!.case);
      expect(shown.channel).toBe((await libraryResult(examples[2]!.case)).escalation.channel ?? '');
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await served.stop();
    }
  }, 120_000);

  it('fits a 360 px phone and a desktop; screenshots are saved as test artifacts', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page, problems } = await openPage(`${origin}/`, origin);
    await triageOnPage(page, examples[0]!.case);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'page-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(ARTIFACTS, 'page-phone.png'), fullPage: true });
    expect(existsSync(join(ARTIFACTS, 'page-phone.png'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
