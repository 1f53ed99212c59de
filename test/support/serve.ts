import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { CLI } from './cli.js';
import { ROOT } from './fixtures.js';

/** A `dispute-triage serve` child process on a free loopback port. */
export interface ServedProcess {
  url: string;
  child: ChildProcess;
  /** Everything written to standard error and standard output so far. */
  stderr(): string;
  stdout(): string;
  /** Sends SIGTERM and waits for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Waits for the exit without signalling (after a signal the test sent itself). */
  exited(): Promise<number | null>;
}

/** Starts the built command line's `serve --port 0` and waits for its one "listening on" line. */
export async function startServe(args: string[] = []): Promise<ServedProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--host', '127.0.0.1', '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const listening = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const match = /^listening on (http:\/\/\S+)\n/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
  });
  const url = await listening;
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    url,
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    exited: () => exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** POSTs a JSON value (or raw text) and returns status, headers and body text. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
