import { timingSafeEqual, createHash } from 'node:crypto';
import { Router, type Request } from 'express';
import type { Secret } from '../shared/secret.js';
import type { GatewayMetrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  // Hashes have equal length, so the comparison time says nothing about the token.
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

function allowed(req: Request, token: Secret<string> | undefined): boolean {
  if (token === undefined) return LOOPBACK.has(req.socket.remoteAddress ?? '');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match !== null && sameSecret(match[1]!, token.reveal());
}

/**
 * GET /metrics in Prometheus text format. With METRICS_TOKEN set it needs `Authorization: Bearer <token>` from
 * anywhere; without it only loopback clients get an answer (a sidecar or an SSH tunnel), everyone else 403.
 */
export function metricsRouter(metrics: GatewayMetrics, token: Secret<string> | undefined): Router {
  const router = Router();
  router.get(METRICS_PATH, async (req, res, next) => {
    if (!allowed(req, token)) {
      res.status(token === undefined ? 403 : 401).type('text/plain').send(
        token === undefined ? 'metrics are served to loopback clients only (set METRICS_TOKEN to scrape from elsewhere)\n' : 'a valid bearer token is required\n',
      );
      return;
    }
    try {
      const { contentType, body } = await metrics.render();
      res.type(contentType).send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
