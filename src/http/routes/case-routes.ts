import type { Hono } from 'hono';
import { isInvalidCaseError } from '../../errors/type-guards.js';
import type { Issue } from '../../issues.js';
import { whatIf } from '../../what-if/what-if.js';
import type { CreateHttpHandlerOptions, DraftRequest } from '../http-handler-options.js';
import { jsonText, type HttpContext, type HttpEnv, type ResolvedLimits } from '../http-env.js';
import { HttpProblemError } from '../http-problem.js';
import { readJsonBody } from '../read-json-body.js';
import { withTimeLimit } from '../with-time-limit.js';

function invalidCase(issues: readonly Issue[]): HttpProblemError {
  return new HttpProblemError({
    status: 422,
    code: 'invalid_case',
    message: 'the case is invalid; see issues',
    issues,
  });
}

async function readBody(c: HttpContext, limits: ResolvedLimits): Promise<unknown> {
  const body = await readJsonBody(c.req.raw, limits);
  c.set('body', body);
  return body;
}

function toDraftRequest(body: unknown): DraftRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !('case' in body)) {
    throw invalidCase([
      {
        code: 'invalid_type',
        path: '',
        message: 'expected an object { case, channel?, format? }; found something else',
      },
    ]);
  }
  const { case: kase, channel, format } = body as Record<string, unknown>;
  for (const [name, value] of Object.entries({ channel, format })) {
    if (value !== undefined && typeof value !== 'string')
      throw invalidCase([
        { code: 'invalid_type', path: `/${name}`, message: `expected a string; found ${typeof value}` },
      ]);
  }
  return { case: kase, channel: channel as string | undefined, format: format as string | undefined };
}

/** POST /v1/triage, /v1/what-if and /v1/draft: one JSON body in, one JSON answer out. */
export function addCaseRoutes(app: Hono<HttpEnv>, options: CreateHttpHandlerOptions, limits: ResolvedLimits): void {
  app.post('/v1/triage', async (c) => {
    const body = await readBody(c, limits);
    const outcome = await withTimeLimit(c.get('triage').safeTriage(body), limits.timeoutMs);
    if (!outcome.ok) throw invalidCase(outcome.issues);
    options.metrics?.recordTriage({ scenario: outcome.result.scenario, severity: outcome.result.severity });
    return jsonText(c, outcome.result);
  });
  app.post('/v1/what-if', async (c) => {
    const body = await readBody(c, limits);
    return jsonText(c, await withTimeLimit(whatIf(c.get('triage'), body), limits.timeoutMs));
  });
  app.post('/v1/draft', async (c) => {
    if (!options.draft)
      throw new HttpProblemError({ status: 501, code: 'not_implemented', message: 'this server drafts no documents' });
    const request = toDraftRequest(await readBody(c, limits));
    try {
      return jsonText(c, await withTimeLimit(options.draft(c.get('triage'), request), limits.timeoutMs));
    } catch (error) {
      // The case sits under /case in the request body.
      if (isInvalidCaseError(error))
        throw invalidCase(error.issues.map((issue) => ({ ...issue, path: `/case${issue.path}` })));
      throw error;
    }
  });
}
