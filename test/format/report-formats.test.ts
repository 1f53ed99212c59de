import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createTriage, formatHtml, formatIcs, formatMarkdown, type Result } from '../../src/index.js';
import { runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';

const triage = createTriage();
const fixtures = listFixtures();

async function resultsOfFixtures(): Promise<Array<{ name: string; result: Result }>> {
  const out: Array<{ name: string; result: Result }> = [];
  for (const fixture of fixtures) {
    const outcome = await triage.safeTriage(fixture.kase);
    if (outcome.ok) out.push({ name: fixture.name, result: outcome.result });
  }
  return out;
}

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('triage --format ics', () => {
  it('parses in ical.js for every fixture, one event with an alarm per deadline, starting at its dueAt', async () => {
    const results = await resultsOfFixtures();
    expect(results.length).toBeGreaterThan(100);
    let deadlines = 0;
    for (const { name, result } of results) {
      const parsed = events(formatIcs(result));
      expect(parsed.length, name).toBe(
        result.deadlines.length + (typeof (result as { nextReviewAt?: unknown }).nextReviewAt === 'string' ? 1 : 0),
      );
      for (const deadline of result.deadlines) {
        const event = parsed.find((e) => e.uid === `${result.caseId}.deadline.${deadline.id}@pos-dispute-triage`);
        expect(event, `${name} ${deadline.id}`).toBeDefined();
        expect(event!.startDate.toJSDate().getTime(), `${name} ${deadline.id}`).toBe(Date.parse(deadline.dueAt));
        expect(event!.component.getFirstSubcomponent('valarm'), `${name} ${deadline.id}`).not.toBeNull();
        deadlines += 1;
      }
    }
    expect(deadlines).toBeGreaterThan(100);
  });

  it('keeps each UID when the same case is triaged later, so a re-import updates the events', async () => {
    const fixture = fixtures.find((f) => f.name === 'deposit_not_returned/agent_vanished-arbitration')!;
    const now = await triage.triage(fixture.kase);
    const later = await triage.triage({ ...fixture.kase, asOf: '2026-12-20T09:00:00+08:00' });
    const uids = (r: Result) =>
      events(formatIcs(r))
        .map((e) => e.uid)
        .sort();
    expect(uids(now).length).toBeGreaterThan(0);
    expect(uids(later)).toEqual(uids(now));
    const stamps = (r: Result) =>
      new Set(events(formatIcs(r)).map((e) => e.component.getFirstPropertyValue('dtstamp')!.toString()));
    expect(stamps(later)).not.toEqual(stamps(now));
  });

  it('ends lines with CRLF, folds them at 75 octets without splitting a character, and escapes text', async () => {
    const fixture = fixtures.find((f) => f.name === 'deposit_not_returned/agent_vanished-arbitration')!;
    const result = await triage.triage({ ...fixture.kase, id: '案件;一,二\\三 '.repeat(8) });
    const ics = formatIcs(result);
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[^\r]\n/);
    const summary = events(ics)[0]!.summary;
    expect(summary).toContain('案件;一,二\\三');
  });
});

describe('triage --format html and markdown', () => {
  it('write one printable page with no external requests and every text escaped', async () => {
    const fixture = fixtures.find((f) => f.name === 'deposit_not_returned/agent_vanished-arbitration')!;
    const result = await triage.triage({ ...fixture.kase, id: '<script>alert(1)</script>' });
    const html = formatHtml(result, { ruleSet: triage.ruleSet });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('@media print');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import|https?:\/\//);
    for (const deadline of result.deadlines) expect(html).toContain(deadline.dueAt);
    const markdown = formatMarkdown(result, { ruleSet: triage.ruleSet });
    expect(markdown).toContain('\\<script\\>');
    for (const action of result.actions) expect(markdown).toContain(action.label);
  });

  it('are chosen on the command line with --format, --json staying an alias of --format json', () => {
    const path = fixtures.find((f) => f.name === 'deposit_not_returned/agent_vanished-arbitration')!.casePath;
    const json = runCli(['triage', '--json', path]);
    expect(runCli(['triage', '--format', 'json', path]).stdout).toBe(json.stdout);
    const ics = runCli(['triage', '--format', 'ics', path]);
    expect(ics.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as Result;
    // One event per deadline, plus one for the next review when the result names one.
    expect(events(ics.stdout).length).toBe(parsed.deadlines.length + (parsed.nextReviewAt ? 1 : 0));
    expect(runCli(['triage', '--format', 'html', path]).stdout).toMatch(/^<!DOCTYPE html>/);
    expect(runCli(['triage', '--format', 'markdown', path]).stdout).toMatch(/^# /);
    const bad = runCli(['triage', '--format', 'pdf', path]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format: expected one of text, json, markdown, html, ics; found "pdf"');
    expect(runCli(['triage', '--json', '--format', 'ics', path]).status).toBe(2);
  });
});
