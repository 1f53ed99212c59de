import type { Context } from 'hono';
import type { Triage } from '../triage.js';
import type { HttpLimits } from './http-handler-options.js';

/** What every request carries through the middleware: the triage object it runs on, read once. */
export interface HttpEnv {
  Variables: {
    requestId: string;
    triage: Triage;
    /** The parsed body, for the log when `logCases` is on. */
    body?: unknown;
  };
}

export type HttpContext = Context<HttpEnv>;

/** Answers with JSON text exactly as `JSON.stringify` writes it (the same bytes as the library's result). */
export function jsonText(c: HttpContext, value: unknown, status: 200 | 503 = 200): Response {
  return c.body(JSON.stringify(value), status, { 'content-type': 'application/json; charset=utf-8' });
}

/** The limits in force: the defaults with the caller's overrides. */
export type ResolvedLimits = HttpLimits;
