import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { isInvalidCaseError } from '../errors/type-guards.js';
import { HTTP_DEFAULTS, type CreateHttpHandlerOptions } from './http-handler-options.js';
import type { HttpEnv } from './http-env.js';
import { HttpProblemError, problemResponse } from './http-problem.js';
import { observeRequest } from './observe-request.js';
import { requireBearerToken } from './require-bearer-token.js';
import { addBatchRoute } from './routes/batch-route.js';
import { addCaseRoutes } from './routes/case-routes.js';
import { addInfoRoutes } from './routes/info-routes.js';

/**
 * A fetch-style handler for Node, Deno, Bun, workers and edge runtimes.
 *
 * @example
 * const handler: HttpHandler = createHttpHandler({ triage });
 * const response = await handler(new Request('http://local/healthz'));
 */
export type HttpHandler = (request: Request) => Promise<Response>;

function installErrorAnswers(app: Hono<HttpEnv>): void {
  app.onError((error, c) => {
    if (error instanceof HttpProblemError) {
      const headers: Record<string, string> = error.problem.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
      return problemResponse(error.problem, headers);
    }
    if (isInvalidCaseError(error))
      return problemResponse({
        status: 422,
        code: 'invalid_case',
        message: 'the case is invalid; see issues',
        issues: error.issues,
      });
    // Never a stack: the log has the message under the same request id.
    return problemResponse({
      status: 500,
      code: 'internal_error',
      message: `internal error; request id ${c.get('requestId')}`,
    });
  });
  app.notFound((c) =>
    problemResponse({
      status: 404,
      code: 'not_found',
      message: `expected a known route; found ${c.req.method} ${c.req.path}`,
    }),
  );
}

/**
 * The HTTP service as one `(Request) => Promise<Response>` function over a triage object, with no
 * Node-only imports. Routes, status codes and error codes follow the package contract ("HTTP
 * service"): JSON in and out, NDJSON for batch, `{ code, message, issues? }` for every error,
 * `x-request-id` on every response. `dispute-triage serve` runs it on Node.
 *
 * @example
 * import { createTriage } from 'pos-dispute-triage';
 * import { createHttpHandler } from 'pos-dispute-triage/http';
 * const handler = createHttpHandler({ triage: createTriage({ clock: () => new Date() }) });
 * export default { fetch: handler }; // a Cloudflare worker, a Deno or Bun server
 */
export function createHttpHandler(options: CreateHttpHandlerOptions): HttpHandler {
  const limits = { ...HTTP_DEFAULTS, ...options.limits };
  const app = new Hono<HttpEnv>();
  app.use(requestId({ limitLength: 128 }));
  app.use(observeRequest(options));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          {
            status: 405,
            code: 'method_not_allowed',
            message: `expected ${methods.join(' or ')}; found ${c.req.method}`,
          },
          { allow: methods.join(', ') },
        ),
    }),
  );
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use(
      cors({
        origin: [...options.corsOrigins],
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['authorization', 'content-type', 'x-request-id'],
        exposeHeaders: ['x-request-id'],
      }),
    );
  }
  if (options.token !== undefined) app.use('/v1/*', requireBearerToken(options.token));
  installErrorAnswers(app);
  addCaseRoutes(app, options, limits);
  addBatchRoute(app, options, limits);
  addInfoRoutes(app, options);
  return async (request) => app.fetch(request);
}
