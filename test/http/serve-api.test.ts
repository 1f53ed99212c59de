// The service as a partner's backend sees it: a real `dispute-triage serve` process on loopback.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { validate as validateOpenApi, compileErrors } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTriage,
  draftDocument,
  toCalendarJsonSchema,
  toCaseJsonSchema,
  toRuleFileJsonSchema,
  whatIf,
} from '../../src/index.js';
import { runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';
import { createOpenApiValidator } from '../support/openapi-validator.js';
import { postJson, startServe, type ServedProcess } from '../support/serve.js';

const fixtures = listFixtures();
const triage = createTriage();
let served: ServedProcess;
let doc: { openapi: string; components: { schemas: Record<string, unknown> } };
let check: ReturnType<typeof createOpenApiValidator>;

beforeAll(async () => {
  served = await startServe();
  doc = await (await fetch(`${served.url}/openapi.json`)).json();
  check = createOpenApiValidator(doc);
}, 60_000);

afterAll(async () => {
  expect(await served.stop()).toBe(0);
});

describe('dispute-triage serve', () => {
  it('prints exactly one line to standard error once it listens', () => {
    expect(served.stderr()).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
  });

  it('answers every fixture case on POST /v1/triage with the library result, byte for byte', async () => {
    for (const fixture of fixtures) {
      const response = await postJson(`${served.url}/v1/triage`, readFileSync(fixture.casePath, 'utf8'));
      expect(response.status, fixture.name).toBe(200);
      expect(response.text, fixture.name).toBe(JSON.stringify(await triage.triage(fixture.kase)));
      expect(response.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
      expect(check('Result', JSON.parse(response.text)), fixture.name).toEqual([]);
    }
  }, 120_000);

  it('answers a batch with the same lines as dispute-triage batch, in input order, bad lines in place', async () => {
    const cases = fixtures.slice(0, 20).map((f) => JSON.stringify(f.kase));
    const bad = '{"id":"bad","scenario":"chargeback","asOf":"2026-11-05","dispute":{"stage":"won"}}';
    const input = `${[...cases, 'not json', bad, '', cases[0]].join('\r\n')}\n`;
    const response = await fetch(`${served.url}/v1/triage/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: input,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await response.text();
    expect(text).toBe(runCli(['batch', '-'], { input }).stdout);
    const answers = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers).toHaveLength(23);
    expect(answers[20]).toMatchObject({ line: 21, ok: false, issues: [{ code: 'invalid_json' }] });
    expect(answers[21]).toMatchObject({ line: 22, ok: false, caseId: 'bad' });
    for (const answer of answers) expect(check(answer.ok === false ? 'BatchErrorLine' : 'Result', answer)).toEqual([]);
  }, 60_000);

  it('answers POST /v1/what-if with the library what-if report', async () => {
    const kase = fixtures.find((f) => f.name.startsWith('chargeback/'))!.kase;
    const response = await postJson(`${served.url}/v1/what-if`, kase);
    expect(response.status).toBe(200);
    expect(response.text).toBe(JSON.stringify(await whatIf(triage, kase)));
    expect(check('WhatIfReport', JSON.parse(response.text))).toEqual([]);
  });

  it('answers POST /v1/draft with the library draft for the next channel, or the one named', async () => {
    const fixture = listFixtures().find((f) => f.casePath.includes('deposit_not_returned'))!;
    const kase = JSON.parse(readFileSync(fixture.casePath, 'utf8'));
    const triage = createTriage();
    const result = await triage.triage(kase);
    const expected = draftDocument(kase, result, { rules: triage.ruleSet });
    const response = await postJson(`${served.url}/v1/draft`, { case: kase });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({
      channel: expected.channel,
      format: 'md',
      text: expected.text,
      blanks: expected.blanks,
    });
    const html = await postJson(`${served.url}/v1/draft`, { case: kase, channel: 'court', format: 'html' });
    expect(JSON.parse(html.text)).toMatchObject({ channel: 'court', format: 'html' });
    const noTemplate = await postJson(`${served.url}/v1/draft`, { case: kase, channel: 'anti_fraud_96110' });
    expect([noTemplate.status, JSON.parse(noTemplate.text).code]).toEqual([422, 'no_template']);
    const badFormat = await postJson(`${served.url}/v1/draft`, { case: kase, format: 'pdf' });
    expect([badFormat.status, JSON.parse(badFormat.text).code]).toEqual([422, 'invalid_format']);
  });

  it('answers an invalid case with 422 invalid_case and the library issues', async () => {
    const bad = { id: 'x', scenario: 'chargeback', asOf: '2026-11-05', dispute: { stage: 'won' } };
    const response = await postJson(`${served.url}/v1/triage`, bad);
    expect(response.status).toBe(422);
    const body = JSON.parse(response.text);
    const outcome = await triage.safeTriage(bad);
    expect(outcome.ok).toBe(false);
    expect(body).toEqual({
      code: 'invalid_case',
      message: expect.any(String),
      issues: outcome.ok ? [] : outcome.issues,
    });
    expect(body.issues[0].path).toBe('/dispute/stage');
    expect(check('Problem', body)).toEqual([]);
  });

  it('serves the rule set, the JSON Schemas, and 404 for a schema it does not have', async () => {
    const rules = await (await fetch(`${served.url}/v1/rules`)).json();
    expect(rules).toMatchObject({
      version: triage.ruleSet.version,
      hash: triage.ruleSet.hash,
      packs: triage.ruleSet.packs,
    });
    expect(check('RuleSetInfo', rules)).toEqual([]);
    expect(await (await fetch(`${served.url}/v1/schemas/case`)).json()).toEqual(
      toCaseJsonSchema(triage.ruleSet.vocabulary),
    );
    expect(await (await fetch(`${served.url}/v1/schemas/rules`)).json()).toEqual(toRuleFileJsonSchema());
    expect((await fetch(`${served.url}/v1/schemas/result`)).status).toBe(200);
    expect(await (await fetch(`${served.url}/v1/schemas/calendar`)).json()).toEqual(toCalendarJsonSchema());
    const missing = await fetch(`${served.url}/v1/schemas/nope`);
    expect(missing.status).toBe(404);
    expect(check('Problem', await missing.json())).toEqual([]);
  });

  it('publishes OpenAPI 3.1 and 3.0 documents that a maintained parser validates', async () => {
    for (const path of ['/openapi.json', '/openapi-3.0.json']) {
      const api = await (await fetch(served.url + path)).json();
      const result = await validateOpenApi(api);
      expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    }
    expect(doc.openapi).toBe('3.1.0');
    // The schemas the responses are checked against do reject what is not a result.
    expect(check('Result', { caseId: 1 })).not.toEqual([]);
  });

  it('answers probes, metrics and the home page, each with a request id', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics', '/']) {
      const response = await fetch(served.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-request-id'), path).toBeTruthy();
    }
    const metrics = await (await fetch(`${served.url}/metrics`)).text();
    expect(metrics).toMatch(/^http_requests_total\{route="\/v1\/triage",method="POST",status="200"\} \d+$/m);
    expect(metrics).toMatch(/^triages_total\{scenario="chargeback",severity="\w+"\} \d+$/m);
    expect(metrics).toContain(`ruleset_info{version="${triage.ruleSet.version}",hash="${triage.ruleSet.hash}"} 1`);
    expect(metrics).toMatch(/^http_request_duration_seconds_bucket\{le="0.005",route="\/v1\/triage"/m);
  });

  it('echoes a sane x-request-id the caller sends, and answers unknown routes and methods as data', async () => {
    const echoed = await fetch(`${served.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('abc-123');
    const unknown = await fetch(`${served.url}/v2/nothing`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe('not_found');
    const wrong = await fetch(`${served.url}/v1/triage`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(wrong.headers.get('x-request-id')).toBeTruthy();
    expect((await wrong.json()).code).toBe('method_not_allowed');
  });

  it('explains itself with --help and answers bad flags with exit 2', () => {
    const help = runCli(['serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dispute-triage serve \[--host H\] \[--port P\]/);
    expect(runCli(['--help']).stdout).toContain('serve [--host H] [--port P]');
    const bad = runCli(['serve', '--port', 'eighty']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^--port: expected a whole number from 0 to 65535; found "eighty"/);
    expect(runCli(['serve', '--token-file', 'no/such/token-file']).status).toBe(1);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  // Skipped, under this name, where python3 is missing.
  it.skipIf(!python)('is called by a client in another language (Python standard library urllib)', async () => {
    const script = [
      'import json, sys, urllib.request',
      "body = open(sys.argv[2], 'rb').read()",
      "request = urllib.request.Request(sys.argv[1] + '/v1/triage', data=body, headers={'Content-Type': 'application/json'}, method='POST')",
      'with urllib.request.urlopen(request) as response:',
      "    print(json.dumps({'status': response.status, 'requestId': response.headers['x-request-id'], 'body': response.read().decode('utf-8')}))",
    ].join('\n');
    const fixture = fixtures[0]!;
    const out = spawnSync('python3', ['-c', script, served.url, fixture.casePath], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    const answer = JSON.parse(out.stdout);
    expect(answer.status).toBe(200);
    expect(answer.requestId).toBeTruthy();
    expect(answer.body).toBe(JSON.stringify(await triage.triage(fixture.kase)));
  });
});
