import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HttpMetrics } from '../../http/http-metrics.js';

/** The service's metrics, with a counter for rule reloads, in a registry of their own. */
export interface ServiceMetrics extends HttpMetrics {
  recordReload(outcome: 'ok' | 'refused'): void;
}

/**
 * Prometheus metrics for `dispute-triage serve` (prom-client): requests and latency by route,
 * method and status, triages by scenario and severity, the rule set as `ruleset_info{version,hash} 1`,
 * reloads by outcome, and the process's default metrics.
 */
export function createPrometheusMetrics(): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labels = ['route', 'method', 'status'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered',
    labelNames: labels,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to the response head, in seconds',
    labelNames: labels,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const triages = new Counter({
    name: 'triages_total',
    help: 'Cases triaged',
    labelNames: ['scenario', 'severity'],
    registers: [registry],
  });
  const ruleset = new Gauge({
    name: 'ruleset_info',
    help: 'The rule set in use (always 1)',
    labelNames: ['version', 'hash'],
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'rules_reloads_total',
    help: 'Rule reloads by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  return {
    recordRequest({ route, method, status, seconds }) {
      requests.inc({ route, method, status: String(status) });
      latency.observe({ route, method, status: String(status) }, seconds);
    },
    recordTriage(labels) {
      triages.inc(labels);
    },
    recordReload(outcome) {
      reloads.inc({ outcome });
    },
    async render({ version, hash }) {
      ruleset.reset();
      ruleset.set({ version, hash }, 1);
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}
