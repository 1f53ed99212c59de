import type { JsonSchema } from '../../schema/json-schemas.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { buildComponentSchemas, type OpenApiTarget } from './component-schemas.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const problem = (description: string) => ({ description, content: json(ref('Problem')) });

const ERRORS = {
  '400': problem('malformed_json: the body is not UTF-8 JSON'),
  '401': problem('unauthorized: a token is configured and the request lacks it'),
  '413': problem('too_large: the body is over the size or nesting limit'),
  '415': problem('unsupported_media_type: the content type is not the one expected'),
  '422': problem('invalid_case: the case is invalid; issues name each problem with a JSON pointer'),
  '500': problem('internal_error: a bug; the message never carries a stack'),
  '503': problem('timeout: the answer took longer than the per-request time limit'),
};

function jsonPost(
  operationId: string,
  summary: string,
  request: string,
  response: string,
  extra: Record<string, unknown> = {},
) {
  return {
    post: {
      operationId,
      summary,
      requestBody: { required: true, content: json(ref(request)) },
      responses: { '200': { description: 'OK', content: json(ref(response)) }, ...ERRORS, ...extra },
    },
  };
}

function get(
  operationId: string,
  summary: string,
  content: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    get: { operationId, summary, security: [], responses: { '200': { description: 'OK', content }, ...extra } },
  };
}

function buildPaths(schemaNames: readonly string[]): Record<string, unknown> {
  const ndjson = { 'application/x-ndjson': { schema: { type: 'string', description: 'One JSON value per line.' } } };
  return {
    '/v1/triage': jsonPost('triage', 'Advice for one case', 'Case', 'Result'),
    '/v1/triage/batch': {
      post: {
        operationId: 'triageBatch',
        summary: 'One answer line per case line, in input order: a Result, or a BatchErrorLine for a bad line',
        requestBody: { required: true, content: ndjson },
        responses: {
          '200': { description: 'Streamed NDJSON', content: ndjson },
          '401': ERRORS['401'],
          '415': ERRORS['415'],
        },
      },
    },
    '/v1/what-if': jsonPost(
      'whatIf',
      'Which single missing evidence item or contact would change the advice',
      'Case',
      'WhatIfReport',
    ),
    '/v1/draft': jsonPost(
      'draft',
      'The document for the next channel (or the one named)',
      'DraftRequest',
      'DraftDocument',
      {
        '501': problem('not_implemented: this server drafts no documents'),
      },
    ),
    '/v1/rules': {
      get: {
        operationId: 'rules',
        summary: 'The rule set in use',
        responses: { '200': { description: 'OK', content: json(ref('RuleSetInfo')) }, '401': ERRORS['401'] },
      },
    },
    '/v1/schemas/{name}': {
      get: {
        operationId: 'schema',
        summary: 'A JSON Schema (draft-07)',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', enum: [...schemaNames] } }],
        responses: {
          '200': { description: 'OK', content: json({ type: 'object' }) },
          '401': ERRORS['401'],
          '404': problem('not_found: no such schema'),
        },
      },
    },
    '/healthz': get('healthz', 'Alive', json({ type: 'object' })),
    '/readyz': get('readyz', 'A rule set is loaded and the server accepts work', json({ type: 'object' }), {
      '503': problem('draining: shutting down'),
    }),
    '/metrics': get('metrics', 'Prometheus text', { 'text/plain': { schema: { type: 'string' } } }),
  };
}

/**
 * The OpenAPI document of the service for a rule set, in version 3.1 (JSON Schema 2020-12) or
 * 3.0: the same routes, with the case and result schemas generated from the zod schemas.
 *
 * @example
 * const names = ['case', 'result', 'rules'];
 * const doc = buildOpenApiDocument(createTriage().ruleSet, { version: '3.1', schemaNames: names });
 */
export function buildOpenApiDocument(
  ruleSet: RuleSet,
  options: { version: '3.1' | '3.0'; schemaNames: readonly string[] },
): JsonSchema {
  const target: OpenApiTarget = options.version === '3.1' ? 'draft-2020-12' : 'openapi-3.0';
  return {
    openapi: options.version === '3.1' ? '3.1.0' : '3.0.3',
    info: {
      title: 'pos-dispute-triage',
      version: '1.0.0',
      description:
        `Triage of POS payment disputes. Rule set ${ruleSet.version} (${ruleSet.hash}). ` +
        'Errors are { code, message, issues? }; every response carries x-request-id.',
    },
    security: [{ bearer: [] }],
    paths: buildPaths(options.schemaNames),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Only when the server was started with a token.' },
      },
      schemas: buildComponentSchemas(ruleSet, target),
    },
  };
}
