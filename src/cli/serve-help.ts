import { RULE_OPTIONS_HELP } from './rule-options.js';
import { CALENDAR_OPTIONS_HELP } from './calendar-option.js';

export const SERVE_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 300_000,
  idleTimeoutMs: 5_000,
  graceMs: 25_000,
  drainDelayMs: 0,
};

export const SERVE_HELP = `Usage: dispute-triage serve [--host H] [--port P] [options]

Runs the HTTP service (routes: see /openapi.json). Once it listens it prints one line to standard
error, "listening on http://H:P"; logs go to standard output as JSON lines, one per request, without
case contents unless --log-cases. SIGTERM/SIGINT: /readyz answers 503, stop accepting, finish what
is in flight (within --grace-ms), exit 0. SIGHUP, or a change under a --rules directory or to a --calendar
file: reload the rules and calendar; a broken set is refused (logged) and the old one kept.

Options:
  --host <h>                 address to listen on (default ${SERVE_DEFAULTS.host}; 0.0.0.0 in a container)
  --port <p>                 port (default ${SERVE_DEFAULTS.port}; 0 picks a free one)
${RULE_OPTIONS_HELP}
${CALENDAR_OPTIONS_HELP}
  --no-watch                 do not reload when files under --rules change (SIGHUP still does)
  --token-file <file>        require "Authorization: Bearer <token>" on /v1/* (token: the file, trimmed)
  --cors-origin <origin>     allow this origin by CORS; repeatable (default: no CORS)
  --max-body-bytes <n>       largest JSON body and batch line (default 1048576)
  --max-json-depth <n>       deepest JSON nesting (default 64)
  --timeout-ms <n>           longest wait for one JSON answer (default 10000)
  --headers-timeout-ms <n>   longest wait for request headers (default ${SERVE_DEFAULTS.headersTimeoutMs})
  --request-timeout-ms <n>   longest whole request, 0 for none (default ${SERVE_DEFAULTS.requestTimeoutMs})
  --idle-timeout-ms <n>      keep-alive idle time (default ${SERVE_DEFAULTS.idleTimeoutMs})
  --grace-ms <n>             on SIGTERM, longest wait for requests in flight (default ${SERVE_DEFAULTS.graceMs})
  --drain-delay-ms <n>       on SIGTERM, keep accepting this long with /readyz at 503 first (default 0)
  --log-level <level>        fatal, error, warn, info, debug (default info)
  --log-cases                put request bodies (case contents) in the log
  -h, --help                 show this help
`;
