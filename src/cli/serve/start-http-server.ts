import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { HttpHandler } from '../../http/create-http-handler.js';

/**
 * Timeouts against slow or idle clients, in milliseconds.
 *
 * @example
 * const timeouts: ServerTimeouts = { headersMs: 10_000, requestMs: 60_000, idleMs: 5_000 };
 */
export interface ServerTimeouts {
  /** Longest wait for a request's headers. */
  headersMs: number;
  /** Longest wait for a whole request (headers and body). 0: none (batch bodies stream). */
  requestMs: number;
  /** Keep-alive: how long an idle connection stays open. */
  idleMs: number;
}

/** A running server: its address, and a drain that stops accepting and waits for what is in flight. */
export interface RunningServer {
  server: Server;
  address: { host: string; port: number };
  inFlight(): number;
  /** Stops accepting, closes idle connections, waits up to `graceMs` for requests in flight; true when all finished. */
  drain(graceMs: number): Promise<boolean>;
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Serves a fetch-style handler on Node's http server (@hono/node-server's adaptor), counting requests in flight. */
export async function startHttpServer(
  handler: HttpHandler,
  options: { host: string; port: number; timeouts: ServerTimeouts },
): Promise<RunningServer> {
  const { timeouts } = options;
  const listener = getRequestListener((request) => handler(request), {
    // A failure in the adaptor itself: answer as data, never with a stack.
    errorHandler: () =>
      new Response('{"code":"internal_error","message":"internal error"}', {
        status: 500,
        headers: { 'content-type': 'application/json' },
      }),
  });
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.idleMs,
      connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
    },
    (incoming, outgoing) => {
      inFlight += 1;
      if (draining) outgoing.setHeader('connection', 'close');
      outgoing.once('close', () => {
        inFlight -= 1;
        if (inFlight === 0) idle?.();
      });
      void listener(incoming, outgoing);
    },
  );
  const info = await listen(server, options.host, options.port);
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  return {
    server,
    address: { host, port: info.port },
    inFlight: () => inFlight,
    async drain(graceMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const finished = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
      const ok = await Promise.race([finished.then(() => true as const), expired]);
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
      return ok;
    },
  };
}
