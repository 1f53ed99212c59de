// The fetch-style handler on its own, as a worker or edge runtime calls it: Request in, Response out.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttpHandler, type DraftRequest } from '../../src/http.js';
import { createTriage, InvalidCaseError } from '../../src/index.js';
import { listFixtures } from '../support/fixtures.js';
import { ROOT } from '../support/fixtures.js';

const triage = createTriage();
const kase = listFixtures()[0]!.kase;
const post = (path: string, body: unknown) =>
  new Request(`http://edge.local${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'([^']+)'/gm;

/** Every source file reachable from an entry through relative imports. */
function reachableFiles(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    // Code only: JSDoc examples name the package's own entries.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    files.set(file, text);
    for (const [, spec] of text.matchAll(IMPORT)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return files;
}

describe('createHttpHandler', () => {
  it('imports nothing Node-only, so it runs in workers and edge runtimes', () => {
    const files = reachableFiles(join(ROOT, 'src/http.ts'));
    expect(files.size).toBeGreaterThan(10);
    for (const [file, text] of files) {
      const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1]!).filter((spec) => !spec.startsWith('.'));
      for (const spec of specifiers)
        expect(spec, file).toMatch(/^(hono(\/.*)?|zod|@noble\/hashes\/.*|json-rules-engine|chinese-days(\/.*)?)$/);
      expect(text, file).not.toMatch(/\bprocess\.|\bBuffer\.|\brequire\(/);
    }
  });

  it('answers a case with the library result, and reads the triage object once per request', async () => {
    let current = triage;
    const handler = createHttpHandler({ triage: () => current });
    const response = await handler(post('/v1/triage', kase));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(JSON.stringify(await triage.triage(kase)));
    current = createTriage({ parameters: { retrieval_response_working_days: 9 } });
    const swapped = await (await handler(new Request('http://edge.local/v1/rules'))).json();
    expect(swapped.hash).toBe(current.ruleSet.hash);
    expect(swapped.parameters.retrieval_response_working_days.value).toBe(9);
  });

  it('answers POST /v1/draft with 501 not_implemented until a draft function is given', async () => {
    const response = await createHttpHandler({ triage })(post('/v1/draft', { case: kase }));
    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ code: 'not_implemented' });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('routes POST /v1/draft to the given function, with invalid-case issues pointing into /case', async () => {
    const seen: DraftRequest[] = [];
    const draft = async (t: typeof triage, request: DraftRequest) => {
      seen.push(request);
      const outcome = await t.safeTriage(request.case);
      if (!outcome.ok) throw new InvalidCaseError(outcome.issues);
      return {
        channel: request.channel ?? outcome.result.escalation.channel ?? '',
        format: request.format ?? 'md',
        text: `# ${outcome.result.caseId}`,
        blanks: [],
      };
    };
    const handler = createHttpHandler({ triage, draft });
    const ok = await handler(post('/v1/draft', { case: kase, format: 'html' }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ format: 'html', text: `# ${kase.id}` });
    const bad = await handler(post('/v1/draft', { case: { ...kase, scenario: 'nope' } }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toBe('/case/scenario');
    expect((await handler(post('/v1/draft', [1]))).status).toBe(422);
    expect(seen).toHaveLength(2);
  });

  it('answers a failure inside with 500 internal_error and no stack', async () => {
    const draft = async (): Promise<never> => {
      throw new Error('template engine exploded');
    };
    const response = await createHttpHandler({ triage, draft })(post('/v1/draft', { case: kase }));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      code: 'internal_error',
      message: expect.stringContaining(response.headers.get('x-request-id')!),
    });
    expect(text).not.toContain('exploded');
    expect(text).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('answers 503 timeout when an answer takes longer than the time limit', async () => {
    const draft = () => new Promise<never>(() => undefined);
    const response = await createHttpHandler({ triage, draft, limits: { timeoutMs: 50 } })(
      post('/v1/draft', { case: kase }),
    );
    expect(response.status).toBe(503);
    expect((await response.json()).code).toBe('timeout');
  });

  it('answers /readyz with 503 draining while draining, and /metrics with 501 without a recorder', async () => {
    let draining = false;
    const handler = createHttpHandler({ triage, isDraining: () => draining });
    expect((await handler(new Request('http://edge.local/readyz'))).status).toBe(200);
    draining = true;
    const ready = await handler(new Request('http://edge.local/readyz'));
    expect(ready.status).toBe(503);
    expect((await ready.json()).code).toBe('draining');
    expect((await handler(new Request('http://edge.local/metrics'))).status).toBe(501);
  });

  it('logs one entry per request without the case unless asked', async () => {
    const entries: Array<Record<string, unknown>> = [];
    await createHttpHandler({ triage, log: (e) => entries.push({ ...e }) })(post('/v1/triage', kase));
    await createHttpHandler({ triage, log: (e) => entries.push({ ...e }), logCases: true })(post('/v1/triage', kase));
    expect(entries[0]).toMatchObject({ method: 'POST', route: '/v1/triage', status: 200 });
    expect(JSON.stringify(entries[0])).not.toContain(String(kase.id));
    expect(entries[1]!.body).toEqual(kase);
  });
});
