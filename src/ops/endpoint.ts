import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthReport } from './health.js';
import type { BotMetrics } from './metrics.js';

export interface OpsEndpoint {
  port: number;
  close(): Promise<void>;
}

/**
 * The optional HTTP endpoint (EVENTDESK_METRICS_PORT): `/healthz` answers 200
 * with the health report when the bot is ready and 503 when not; `/metrics`
 * serves Prometheus text. Nothing else, and nothing that changes state.
 */
export async function startOpsEndpoint(options: { host: string; port: number; metrics: BotMetrics; health: () => HealthReport }): Promise<OpsEndpoint> {
  const server: Server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url === '/healthz') {
      const report = options.health();
      res.writeHead(report.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report));
    } else if (url === '/metrics') {
      options.metrics.text().then(
        (text) => res.writeHead(200, { 'content-type': options.metrics.registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  server.on('error', () => undefined);
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
