import type { Hono } from 'hono';
import { toCalendarJsonSchema } from '../../schema/calendar-json-schema.js';
import { ResultSchema } from '../../result/schema.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { toCaseJsonSchema, toRuleFileJsonSchema, type JsonSchema } from '../../schema/json-schemas.js';
import type { Triage } from '../../triage.js';
import * as z from 'zod';
import type { CreateHttpHandlerOptions } from '../http-handler-options.js';
import { jsonText, type HttpEnv } from '../http-env.js';
import { HttpProblemError } from '../http-problem.js';
import { buildOpenApiDocument } from '../openapi/build-openapi.js';

type SchemaSource = JsonSchema | ((triage: Triage) => JsonSchema);

const BUILT_IN_SCHEMAS: Record<string, SchemaSource> = {
  case: (triage) => toCaseJsonSchema(triage.ruleSet.vocabulary),
  result: () => ({
    title: 'pos-dispute-triage result',
    ...(z.toJSONSchema(ResultSchema, { target: 'draft-07', io: 'output' }) as JsonSchema),
  }),
  rules: () => toRuleFileJsonSchema(),
  calendar: () => toCalendarJsonSchema(),
};

const HOME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pos-dispute-triage</title></head>
<body><h1>pos-dispute-triage</h1>
<p>The triage service is running. API: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1),
<a href="/openapi-3.0.json">/openapi-3.0.json</a>. The support-desk page comes here later.</p></body></html>
`;

function describeRules(ruleSet: RuleSet) {
  const parameters = Object.fromEntries(
    Object.entries(ruleSet.parameters).map(([name, p]) => [
      name,
      { ...p, value: ruleSet.parameterValues[name] ?? p.value },
    ]),
  );
  return { version: ruleSet.version, hash: ruleSet.hash, packs: ruleSet.packs, parameters };
}

/** Builds each OpenAPI document once per rule set. */
function openApiCache(schemaNames: readonly string[]) {
  const cache = new Map<string, string>();
  return (ruleSet: RuleSet, version: '3.1' | '3.0'): string => {
    const key = `${version} ${ruleSet.hash}`;
    let text = cache.get(key);
    if (text === undefined) {
      if (cache.size > 8) cache.clear();
      text = JSON.stringify(buildOpenApiDocument(ruleSet, { version, schemaNames }));
      cache.set(key, text);
    }
    return text;
  };
}

/** GET routes: rules, schemas, OpenAPI, probes, metrics and the home page. */
export function addInfoRoutes(app: Hono<HttpEnv>, options: CreateHttpHandlerOptions): void {
  const schemas: Record<string, SchemaSource> = { ...BUILT_IN_SCHEMAS, ...options.schemas };
  const openApi = openApiCache(Object.keys(schemas));
  const json = { 'content-type': 'application/json; charset=utf-8' };
  app.get('/v1/rules', (c) => jsonText(c, describeRules(c.get('triage').ruleSet)));
  app.get('/v1/schemas/:name', (c) => {
    const name = c.req.param('name');
    const source = Object.hasOwn(schemas, name) ? schemas[name] : undefined;
    if (!source)
      throw new HttpProblemError({
        status: 404,
        code: 'not_found',
        message: `expected one of the schemas ${Object.keys(schemas).join(', ')}; found ${JSON.stringify(name)}`,
      });
    return jsonText(c, typeof source === 'function' ? source(c.get('triage')) : source);
  });
  app.get('/openapi.json', (c) => c.body(openApi(c.get('triage').ruleSet, '3.1'), 200, json));
  app.get('/openapi-3.0.json', (c) => c.body(openApi(c.get('triage').ruleSet, '3.0'), 200, json));
  app.get('/healthz', (c) => jsonText(c, { status: 'ok' }));
  app.get('/readyz', (c) => {
    if (options.isDraining?.())
      throw new HttpProblemError({ status: 503, code: 'draining', message: 'the server is shutting down' });
    const { version, hash } = c.get('triage').ruleSet;
    return jsonText(c, { status: 'ready', ruleset: { version, hash } });
  });
  app.get('/metrics', async (c) => {
    if (!options.metrics)
      throw new HttpProblemError({ status: 501, code: 'not_implemented', message: 'this server records no metrics' });
    const { version, hash } = c.get('triage').ruleSet;
    const { contentType, text } = await options.metrics.render({ version, hash });
    return c.body(text, 200, { 'content-type': contentType });
  });
  const page = options.page;
  if (!page) app.get('/', (c) => c.html(HOME_PAGE));
  else {
    // The page's own CSP (script from this origin only, its stylesheet by hash), also as a header.
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.html)?.[1] ?? "default-src 'self'";
    const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
    app.get('/', (c) => c.html(page.html, 200, headers));
    app.get('/triage-page.js', (c) =>
      c.body(page.script, 200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }),
    );
  }
}
