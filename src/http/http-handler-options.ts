import type { Issue } from '../issues.js';
import type { JsonSchema } from '../schema/json-schemas.js';
import type { Triage } from '../triage.js';
import type { HttpMetrics } from './http-metrics.js';

/**
 * What `POST /v1/draft` hands to the draft function: the case and the optional channel and format.
 *
 * @example
 * const request: DraftRequest = { case: kase, channel: 'pboc_12363', format: 'md' };
 */
export interface DraftRequest {
  case: unknown;
  channel?: string;
  format?: string;
}

/**
 * The drafted document `POST /v1/draft` answers with.
 *
 * @example
 * const draft: DraftDocument = { channel: 'pboc_12363', format: 'md', text: '# …', blanks: ['merchant name'] };
 */
export interface DraftDocument {
  channel: string;
  format: string;
  text: string;
  blanks: unknown[];
}

/**
 * One line of the service's access log: no case contents unless `logCases` is on.
 *
 * @example
 * const log = (entry: HttpLogEntry) => console.log(JSON.stringify(entry));
 */
export interface HttpLogEntry {
  requestId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  /** Only with `logCases: true`: the parsed request body. */
  body?: unknown;
  /** The issues of a 4xx answer, or the message of an internal error (never a stack). */
  issues?: readonly Issue[];
  error?: string;
}

/**
 * Limits on requests. Every one has a default (see {@link HTTP_DEFAULTS}).
 *
 * @example
 * const limits: Partial<HttpLimits> = { maxBodyBytes: 256 * 1024, timeoutMs: 5_000 };
 */
export interface HttpLimits {
  /** Largest JSON body, and longest batch line, in bytes; larger gets 413 `too_large` (a batch line: an error line). */
  maxBodyBytes: number;
  /** Deepest nesting of arrays and objects in a JSON body, checked before parsing; deeper gets 413 `too_large`. */
  maxJsonDepth: number;
  /** Longest wait for one JSON request's answer, in milliseconds; then 503 `timeout`. */
  timeoutMs: number;
  /** Batch lines answered at once; the output order never changes. */
  batchConcurrency: number;
}

/**
 * The defaults of {@link HttpLimits}.
 *
 * @example
 * createHttpHandler({ triage, limits: { maxBodyBytes: HTTP_DEFAULTS.maxBodyBytes * 4 } });
 */
export const HTTP_DEFAULTS: HttpLimits = {
  maxBodyBytes: 1024 * 1024,
  maxJsonDepth: 64,
  timeoutMs: 10_000,
  batchConcurrency: 16,
};

/**
 * Options for {@link createHttpHandler}.
 *
 * @example
 * const handler = createHttpHandler({ triage: createTriage({ clock: () => new Date() }), token: 's3cret' });
 */
export interface CreateHttpHandlerOptions {
  /**
   * The triage object, or a function giving the current one (read once per request, so a reload
   * never splits a request).
   */
  triage: Triage | (() => Triage);
  /** When set, `/v1/*` needs `Authorization: Bearer <token>` (compared in constant time). */
  token?: string;
  /** Origins allowed by CORS. Default: none, so no CORS headers at all. */
  corsOrigins?: readonly string[];
  limits?: Partial<HttpLimits>;
  /** Drafts the document for `POST /v1/draft`; without it the route answers 501 `not_implemented`. */
  draft?: (triage: Triage, request: DraftRequest) => Promise<DraftDocument>;
  /** True while shutting down: `/readyz` answers 503 `draining`. */
  isDraining?: () => boolean;
  /** Records requests and triages and renders `/metrics`; without it `/metrics` answers 501 `not_implemented`. */
  metrics?: HttpMetrics;
  /** Receives one entry per request. */
  log?: (entry: HttpLogEntry) => void;
  /** Put request bodies in log entries. Default false: cases carry merchants' data. */
  logCases?: boolean;
  /** JSON Schemas served at `/v1/schemas/{name}` in addition to (or instead of) case, result and rules. */
  schemas?: Record<string, JsonSchema | ((triage: Triage) => JsonSchema)>;
  /**
   * The support-desk page served at `GET /` (its HTML, with its Content-Security-Policy in a meta tag)
   * and its script at `GET /triage-page.js`; without it `GET /` answers a short placeholder.
   */
  page?: { html: string; script: string };
}
