// The HTTP service as a fetch-style handler: no Node-only imports, so it runs in workers and edge
// runtimes too. `dispute-triage serve` runs it on Node. Every export is listed by name.
export { createHttpHandler } from './http/create-http-handler.js';
export type { HttpHandler } from './http/create-http-handler.js';
export { HTTP_DEFAULTS } from './http/http-handler-options.js';
export type {
  CreateHttpHandlerOptions,
  DraftDocument,
  DraftRequest,
  HttpLimits,
  HttpLogEntry,
} from './http/http-handler-options.js';
export type { HttpMetrics } from './http/http-metrics.js';
export type { HttpProblem } from './http/http-problem.js';
export { buildOpenApiDocument } from './http/openapi/build-openapi.js';
