// Hostile and broken clients against a real `dispute-triage serve` process with tight limits.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures } from '../support/fixtures.js';
import { postJson, startServe, type ServedProcess } from '../support/serve.js';

const TOKEN = 'test-token-3f9a';
const auth = { authorization: `Bearer ${TOKEN}` };
const kase = listFixtures()[0]!.kase;
let served: ServedProcess;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-faults-'));
  writeFileSync(join(dir, 'token'), `${TOKEN}\n`);
  const args = [
    '--token-file',
    join(dir, 'token'),
    '--max-body-bytes',
    '16384',
    '--headers-timeout-ms',
    '600',
    '--cors-origin',
    'https://desk.example',
  ];
  served = await startServe(args);
}, 60_000);

afterAll(async () => {
  expect(await served.stop()).toBe(0);
});

async function problem(response: { status: number; text: string; headers: Headers }) {
  expect(response.headers.get('x-request-id')).toBeTruthy();
  expect(response.text).not.toMatch(/\bat .+:\d+:\d+/);
  return { status: response.status, ...JSON.parse(response.text) };
}

describe('dispute-triage serve against faulty clients', () => {
  it('answers /v1/* without the bearer token with 401 unauthorized, and probes without one', async () => {
    expect(await problem(await postJson(`${served.url}/v1/triage`, kase))).toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
    expect(
      await problem(await postJson(`${served.url}/v1/triage`, kase, { authorization: 'Bearer nope' })),
    ).toMatchObject({ status: 401, code: 'unauthorized' });
    expect((await postJson(`${served.url}/v1/triage`, kase, auth)).status).toBe(200);
    expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
  });

  it('answers malformed and truncated JSON with 400 malformed_json', async () => {
    const full = JSON.stringify(kase);
    for (const body of ['{bad', full.slice(0, full.length - 5), '']) {
      expect(await problem(await postJson(`${served.url}/v1/triage`, body, auth))).toMatchObject({
        status: 400,
        code: 'malformed_json',
      });
    }
    const notUtf8 = await fetch(`${served.url}/v1/triage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(notUtf8.status).toBe(400);
  });

  it('answers a body over the limit with 413 too_large, announced or streamed without a length', async () => {
    const big = JSON.stringify({ ...kase, padding: 'x'.repeat(20_000) });
    expect(await problem(await postJson(`${served.url}/v1/triage`, big, auth))).toMatchObject({
      status: 413,
      code: 'too_large',
    });
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream({
      start: (c) => {
        c.enqueue(bytes.subarray(0, 9000));
        c.enqueue(bytes.subarray(9000));
        c.close();
      },
    });
    const chunked = await fetch(`${served.url}/v1/triage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    const deep = '['.repeat(100) + ']'.repeat(100);
    expect(await problem(await postJson(`${served.url}/v1/triage`, deep, auth))).toMatchObject({
      status: 413,
      code: 'too_large',
    });
  });

  it('answers the wrong content type with 415 unsupported_media_type', async () => {
    const plain = await fetch(`${served.url}/v1/triage`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...auth },
      body: JSON.stringify(kase),
    });
    expect(plain.status).toBe(415);
    expect((await plain.json()).code).toBe('unsupported_media_type');
    const batchAsJson = await postJson(`${served.url}/v1/triage/batch`, JSON.stringify(kase), auth);
    expect(await problem(batchAsJson)).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it('sends CORS headers only to an allowed origin', async () => {
    const allowed = await fetch(`${served.url}/healthz`, { headers: { origin: 'https://desk.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://desk.example');
    const other = await fetch(`${served.url}/healthz`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${served.url}/v1/triage`, {
      method: 'OPTIONS',
      headers: { origin: 'https://desk.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
  });

  it('answers an over-long batch line in place with the line_too_long error line', async () => {
    const input = [
      JSON.stringify(kase),
      JSON.stringify({ id: 'long', padding: 'y'.repeat(20_000) }),
      JSON.stringify(kase),
    ].join('\n');
    const response = await fetch(`${served.url}/v1/triage/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...auth },
      body: input,
    });
    const lines = (await response.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.ok !== false)).toEqual([true, false, true]);
    expect(lines[1]).toEqual({ line: 2, ok: false, issues: [expect.objectContaining({ code: 'line_too_long' })] });
  });

  it('drops a client that sends its headers too slowly', async () => {
    const { port } = new URL(served.url);
    const socket = connect(Number(port), '127.0.0.1');
    const started = Date.now();
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('POST /v1/triage HTTP/1.1\r\nHost: localhost\r\n');
    const timer = setInterval(() => socket.writable && socket.write('X-Slow: a\r\n'), 150);
    await new Promise((resolve) => socket.once('close', resolve));
    clearInterval(timer);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
  });

  it('survives a client that aborts in the middle of a batch, and answers the next one', async () => {
    const { port } = new URL(served.url);
    const line = `${JSON.stringify(kase)}\n`;
    const firstAnswer = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/triage/batch',
          headers: { 'content-type': 'application/x-ndjson', ...auth },
        },
        (res) => {
          res.once('data', (chunk: Buffer) => {
            resolve(chunk.toString());
            req.destroy();
          });
        },
      );
      req.on('error', () => undefined);
      // More lines than the server answers before the abort; the body never ends.
      for (let i = 0; i < 50; i += 1) req.write(line);
      setTimeout(() => reject(new Error('no answer line')), 10_000);
    });
    expect(JSON.parse(firstAnswer.split('\n')[0]!).caseId).toBe(kase.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(served.child.exitCode).toBeNull();
    const next = await fetch(`${served.url}/v1/triage/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...auth },
      body: line + line,
    });
    expect((await next.text()).trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('dispute-triage serve batch back-pressure', () => {
  it('stops reading a batch body while the client does not read the answers', async () => {
    const { port } = new URL(served.url);
    const line = `${JSON.stringify(kase)}\n`;
    const total = 20_000;
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/triage/batch',
      headers: { 'content-type': 'application/x-ndjson', ...auth },
    });
    req.on('error', () => undefined);
    let response: IncomingMessage | undefined;
    req.on('response', (res) => {
      response = res;
      res.pause();
    });
    let written = 0;
    const writeMore = () => {
      while (written < total) {
        written += 1;
        if (!req.write(line)) return void req.once('drain', writeMore);
      }
      req.end();
    };
    writeMore();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const sent = req.socket?.bytesWritten ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Answers pile up unread, so the server stops pulling lines and the upload stalls well short of its end.
    expect(response).toBeDefined();
    expect(req.socket?.bytesWritten ?? 0).toBe(sent);
    expect(sent).toBeLessThan(line.length * total);
    req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
  }, 30_000);
});
