/**
 * A recorder for the service's metrics, supplied by the host (the Node server uses prom-client),
 * so the handler itself stays free of Node-only modules.
 *
 * @example
 * const metrics: HttpMetrics = {
 *   recordRequest: (r) => requests.inc({ route: r.route, method: r.method, status: r.status }),
 *   recordTriage: (t) => triages.inc(t),
 *   render: async () => ({ contentType: registry.contentType, text: await registry.metrics() }),
 * };
 */
export interface HttpMetrics {
  recordRequest(request: { route: string; method: string; status: number; seconds: number }): void;
  recordTriage(triage: { scenario: string; severity: string }): void;
  /** The text for `GET /metrics`; `ruleset` is the rule set in use (for a version/hash label). */
  render(ruleset: { version: string; hash: string }): Promise<{ contentType: string; text: string }>;
}
