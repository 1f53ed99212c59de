import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pino, type Logger } from 'pino';
import { createHttpHandler } from '../http/create-http-handler.js';
import { HTTP_DEFAULTS, type DraftDocument, type DraftRequest, type HttpLimits } from '../http/http-handler-options.js';
import type { Triage } from '../triage.js';
import { formatIssues } from '../issues.js';
import { createTriage } from '../triage.js';
import { draftDocument } from '../documents/draft-with-default-rules.js';
import { isTriageError } from '../errors/type-guards.js';
import { HttpProblemError } from '../http/http-problem.js';
import { EXIT, UsageError, writeOut } from './io.js';
import { RULE_OPTIONS, loadRulesOption } from './rule-options.js';
import { CALENDAR_OPTIONS, loadCalendarOption } from './calendar-option.js';
import { dirname } from 'node:path';
import { createPrometheusMetrics, type ServiceMetrics } from './serve/create-prometheus-metrics.js';
import { resolveConfigMapDir } from './serve/resolve-config-map-dir.js';
import { createRuleReloader, type RuleReloader } from './serve/rule-reloader.js';
import { startHttpServer, type RunningServer } from './serve/start-http-server.js';
import { SERVE_DEFAULTS, SERVE_HELP } from './serve-help.js';

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  ...RULE_OPTIONS,
  ...CALENDAR_OPTIONS,
  'no-watch': { type: 'boolean' },
  'token-file': { type: 'string' },
  'cors-origin': { type: 'string', multiple: true },
  'max-body-bytes': { type: 'string' },
  'max-json-depth': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'headers-timeout-ms': { type: 'string' },
  'request-timeout-ms': { type: 'string' },
  'idle-timeout-ms': { type: 'string' },
  'grace-ms': { type: 'string' },
  'drain-delay-ms': { type: 'string' },
  'log-level': { type: 'string' },
  'log-cases': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

function wholeNumber(values: Values, name: keyof Values, fallback: number, min = 0, max = 2 ** 31): number {
  const value = values[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(`--${name}: expected a whole number from ${min} to ${max}; found ${JSON.stringify(value)}`);
  return n;
}

async function readToken(path: string | undefined): Promise<string | undefined> {
  if (path === undefined) return undefined;
  const token = (await readFile(path, 'utf8')).trim();
  if (token === '') throw new UsageError(`--token-file: expected a token in ${path}; found an empty file`);
  return token;
}

function limitsOf(values: Values): HttpLimits {
  return {
    ...HTTP_DEFAULTS,
    maxBodyBytes: wholeNumber(values, 'max-body-bytes', HTTP_DEFAULTS.maxBodyBytes, 1),
    maxJsonDepth: wholeNumber(values, 'max-json-depth', HTTP_DEFAULTS.maxJsonDepth, 1, 10_000),
    timeoutMs: wholeNumber(values, 'timeout-ms', HTTP_DEFAULTS.timeoutMs, 1),
  };
}

function logReload(
  logger: Logger,
  metrics: ServiceMetrics,
  outcome: Awaited<ReturnType<RuleReloader['reload']>>,
): void {
  metrics.recordReload(outcome.ok ? 'ok' : 'refused');
  if (outcome.ok)
    logger.info(
      {
        event: 'rules_reloaded',
        ruleset: { version: outcome.triage.ruleSet.version, hash: outcome.triage.ruleSet.hash },
      },
      'rules reloaded',
    );
  else
    logger.error(
      { event: 'rules_reload_refused', issues: outcome.issues },
      `reload refused, old rules kept: ${outcome.message.split('\n')[0]}\n${formatIssues(outcome.issues)}`,
    );
}

function onSignals(
  run: {
    logger: Logger;
    metrics: ServiceMetrics;
    reloader: RuleReloader;
    server: RunningServer;
    draining: { on: boolean };
  },
  values: Values,
): Promise<number> {
  const { logger, metrics, reloader, server, draining } = run;
  const graceMs = wholeNumber(values, 'grace-ms', SERVE_DEFAULTS.graceMs);
  const delayMs = wholeNumber(values, 'drain-delay-ms', SERVE_DEFAULTS.drainDelayMs);
  process.on('SIGHUP', () => void reloader.reload().then((outcome) => logReload(logger, metrics, outcome)));
  return new Promise((resolve) => {
    const stop = async (signal: string) => {
      if (draining.on) return;
      draining.on = true;
      logger.info({ event: 'draining', signal, inFlight: server.inFlight() }, 'draining');
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const finished = await server.drain(graceMs);
      reloader.close();
      logger.info(
        { event: 'stopped', finished },
        finished ? 'stopped' : `stopped: requests still in flight after ${graceMs} ms were cut`,
      );
      resolve(finished ? EXIT.ok : EXIT.invalid);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  });
}

/** `POST /v1/draft`: triage the case, then draft the document for the next (or the named) channel. */
async function draftWithTriage(triage: Triage, request: DraftRequest): Promise<DraftDocument> {
  if (request.format !== undefined && request.format !== 'md' && request.format !== 'html')
    throw new HttpProblemError({
      status: 422,
      code: 'invalid_format',
      message: `expected format "md" or "html"; found ${JSON.stringify(request.format)}`,
    });
  const result = await triage.triage(request.case);
  const format = request.format ?? 'md';
  try {
    const draft = draftDocument(request.case, result, { channel: request.channel, format, rules: triage.ruleSet });
    return { channel: draft.channel, format: draft.format, text: draft.text, blanks: draft.blanks };
  } catch (error) {
    if (isTriageError(error) && (error.code === 'no_template' || error.code === 'no_channel'))
      throw new HttpProblemError({ status: 422, code: error.code, message: error.message });
    throw error;
  }
}

/** The support-desk page built beside the CLI (`dist/page/`), or none when it was not built. */
async function readPage(): Promise<{ html: string; script: string } | undefined> {
  try {
    const [html, script] = await Promise.all([
      readFile(new URL('page/index.html', import.meta.url), 'utf8'),
      readFile(new URL('page/triage-page.js', import.meta.url), 'utf8'),
    ]);
    return { html, script };
  } catch {
    return undefined;
  }
}

export async function runServeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) {
    await writeOut(SERVE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('serve takes no file arguments');
  const port = wholeNumber(values, 'port', SERVE_DEFAULTS.port, 0, 65535);
  const limits = limitsOf(values);
  const timeouts = {
    headersMs: wholeNumber(values, 'headers-timeout-ms', SERVE_DEFAULTS.headersTimeoutMs, 1),
    requestMs: wholeNumber(values, 'request-timeout-ms', SERVE_DEFAULTS.requestTimeoutMs),
    idleMs: wholeNumber(values, 'idle-timeout-ms', SERVE_DEFAULTS.idleTimeoutMs, 1),
  };
  const logger = pino({
    level: values['log-level'] ?? 'info',
    base: { service: 'dispute-triage' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  const token = await readToken(values['token-file']);
  const loadRules = () => loadRulesOption({ ...values, rules: values.rules?.map(resolveConfigMapDir) });
  const reloader = await createRuleReloader(async () => {
    const calendar = await loadCalendarOption(values);
    return createTriage({ rules: await loadRules(), clock: () => Date.now(), ...(calendar ? { calendar } : {}) });
  });
  const metrics = createPrometheusMetrics();
  const draining = { on: false };
  const handler = createHttpHandler({
    triage: reloader.current,
    page: await readPage(),
    draft: draftWithTriage,
    token,
    corsOrigins: values['cors-origin'],
    limits,
    metrics,
    isDraining: () => draining.on,
    logCases: values['log-cases'] ?? false,
    log: (entry) => logger.info({ event: 'request', ...entry }, 'request'),
  });
  const server = await startHttpServer(handler, { host: values.host ?? SERVE_DEFAULTS.host, port, timeouts });
  const watched = [...(values.rules ?? []), ...(values.calendar ?? []).map((file) => dirname(file))];
  if (!values['no-watch'] && watched.length > 0)
    reloader.watch(watched, (outcome) => logReload(logger, metrics, outcome));
  const { ruleSet } = reloader.current();
  logger.info(
    { event: 'listening', ...server.address, ruleset: { version: ruleSet.version, hash: ruleSet.hash } },
    'listening',
  );
  process.stderr.write(`listening on http://${server.address.host}:${server.address.port}\n`);
  return onSignals({ logger, metrics, reloader, server, draining }, values);
}
