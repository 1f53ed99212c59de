// Deploys and reloads under load: SIGTERM drains, SIGHUP and file changes swap the rules whole.
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listFixtures } from '../support/fixtures.js';
import { postJson, startServe, type ServedProcess } from '../support/serve.js';

const kase = listFixtures()[0]!.kase;
const line = `${JSON.stringify(kase)}\n`;

/** A partner pack with no rules of its own: each version gives the rule set another hash. */
const opsPack = (version: string) =>
  JSON.stringify({ kind: 'rules', id: 'ops', version, title: { 'zh-CN': '运维', en: 'Ops' }, rules: [] });

/** Starts a server that is killed when the test ends, passed or failed. */
async function startOwnServe(args: string[]): Promise<ServedProcess> {
  const served = await startServe(args);
  onTestFinished(() => {
    if (served.child.exitCode === null && served.child.signalCode === null) served.child.kill('SIGKILL');
  });
  return served;
}

const rulesOf = async (served: ServedProcess) =>
  (await (await fetch(`${served.url}/v1/rules`)).json()) as { version: string; hash: string };

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A batch upload that writes one line every `gapMs`; resolves with the answer text once the server ends it. */
function slowBatch(url: string, lines: number, gapMs: number, onFirstAnswer: () => void) {
  const { port } = new URL(url);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/v1/triage/batch',
        headers: { 'content-type': 'application/x-ndjson' },
      },
      (res) => {
        let text = '';
        res.once('data', onFirstAnswer);
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    let sent = 0;
    const next = () => {
      req.write(line);
      sent += 1;
      if (sent === lines) req.end();
      else setTimeout(next, gapMs);
    };
    next();
  });
}

describe('dispute-triage serve under deploys', () => {
  it('on SIGTERM reports not ready, finishes every request in flight, then exits 0', async () => {
    const served = await startOwnServe(['--drain-delay-ms', '400', '--grace-ms', '20000']);
    let answering = 0;
    const uploads: Array<Promise<{ status: number; text: string }>> = [];
    const started = new Promise<void>((resolve) => {
      const onFirst = () => {
        answering += 1;
        if (answering === 8) resolve();
      };
      uploads.push(...Array.from({ length: 8 }, () => slowBatch(served.url, 12, 60, onFirst)));
    });
    await started;
    served.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const ready = await fetch(`${served.url}/readyz`, { headers: { connection: 'close' } });
    expect(ready.status).toBe(503);
    expect((await ready.json()).code).toBe('draining');
    const answers = await Promise.all(uploads);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(
        answer.text
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l).caseId),
      ).toEqual(Array(12).fill(kase.id));
    }
    // A second signal while the process ends could kill it outright: wait for the first one's exit.
    expect(await served.exited()).toBe(0);
    await expect(fetch(`${served.url}/healthz`)).rejects.toThrow();
    await waitFor(async () => (served.stdout().includes('"event":"stopped","finished":true') ? true : undefined));
  }, 60_000);

  it('reloads on SIGHUP under load: every answer has the old or the new hash, never an error; a broken pack is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-reload-'));
    writeFileSync(join(dir, 'ops.json'), opsPack('1.0.0'));
    const served = await startOwnServe(['--rules', dir, '--no-watch']);
    const before = await rulesOf(served);
    let stop = false;
    const hashes = new Set<string>();
    const statuses = new Set<number>();
    const worker = async () => {
      while (!stop) {
        const response = await postJson(`${served.url}/v1/triage`, kase);
        statuses.add(response.status);
        hashes.add(JSON.parse(response.text).ruleset.hash);
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(join(dir, 'ops.json'), opsPack('2.0.0'));
    served.child.kill('SIGHUP');
    const after = await waitFor(async () =>
      (await rulesOf(served)).hash !== before.hash ? rulesOf(served) : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop = true;
    await Promise.all(workers);
    expect([...statuses]).toEqual([200]);
    expect([...hashes].sort()).toEqual([before.hash, after.hash].sort());
    expect(after.version).toContain('ops@2.0.0');

    writeFileSync(join(dir, 'broken.json'), '{');
    served.child.kill('SIGHUP');
    await waitFor(async () => (served.stdout().includes('rules_reload_refused') ? true : undefined));
    expect((await rulesOf(served)).hash).toBe(after.hash);
    expect((await fetch(`${served.url}/readyz`)).status).toBe(200);
    expect(await served.stop()).toBe(0);
  }, 60_000);

  it('reloads when a Kubernetes ConfigMap mount swaps its ..data symlink', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-configmap-'));
    const publish = (stamp: string, version: string) => {
      mkdirSync(join(dir, stamp));
      writeFileSync(join(dir, stamp, 'ops.json'), opsPack(version));
      // As the kubelet does: a new symlink beside the old, renamed over it in one step.
      symlinkSync(stamp, join(dir, '..data_tmp'));
      renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
    };
    publish('..2026_12_01_a', '1.0.0');
    symlinkSync('..data/ops.json', join(dir, 'ops.json'));
    const served = await startOwnServe(['--rules', dir]);
    expect((await rulesOf(served)).version).toContain('ops@1.0.0');
    publish('..2026_12_01_b', '3.0.0');
    rmSync(join(dir, '..2026_12_01_a'), { recursive: true });
    const after = await waitFor(async () => {
      const rules = await rulesOf(served);
      return rules.version.includes('ops@3.0.0') ? rules : undefined;
    });
    expect(after.hash).toMatch(/^sha256:/);
    await waitFor(async () => (served.stdout().includes('"event":"rules_reloaded"') ? true : undefined));
    expect(await served.stop()).toBe(0);
  }, 60_000);
});
