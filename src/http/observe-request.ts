import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { CreateHttpHandlerOptions, HttpLogEntry } from './http-handler-options.js';
import type { HttpContext, HttpEnv } from './http-env.js';

/** The route pattern that answered (`/v1/schemas/:name`), or `unmatched`: bounded label values. */
function routeOf(c: HttpContext): string {
  const handlers = matchedRoutes(c).filter((route) => route.method !== 'ALL');
  return handlers.at(-1)?.path ?? 'unmatched';
}

/**
 * Reads the current triage object once for the request, then records and logs the answer:
 * route, method, status and time to the response head (for batch, the stream goes on after).
 */
export function observeRequest(options: CreateHttpHandlerOptions): MiddlewareHandler<HttpEnv> {
  const current =
    typeof options.triage === 'function'
      ? options.triage
      : () => options.triage as Exclude<typeof options.triage, () => unknown>;
  return async (c, next) => {
    const started = performance.now();
    c.set('triage', current());
    await next();
    // Answers built as plain Responses (errors, 405) miss the header the request-id middleware set on the context.
    if (!c.res.headers.has('x-request-id')) c.res.headers.set('x-request-id', c.get('requestId'));
    const seconds = (performance.now() - started) / 1000;
    const route = routeOf(c);
    options.metrics?.recordRequest({ route, method: c.req.method, status: c.res.status, seconds });
    if (!options.log) return;
    const entry: HttpLogEntry = {
      requestId: c.get('requestId'),
      method: c.req.method,
      route,
      status: c.res.status,
      durationMs: Math.round(seconds * 1e4) / 10,
    };
    if (options.logCases && c.get('body') !== undefined) entry.body = c.get('body');
    if (c.error) entry.error = c.error.message;
    options.log(entry);
  };
}
