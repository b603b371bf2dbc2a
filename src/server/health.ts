import { Router } from 'express';

export interface Readiness {
  ready: boolean;
  checks: Record<string, 'ok' | string>;
}

/** /healthz: the process answers. /readyz: it can serve (database reachable, migrations applied, not draining). */
export function healthRouter(readiness: () => Promise<Readiness>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const report = await readiness().catch(
      (): Readiness => ({ ready: false, checks: { readiness: 'check failed' } }),
    );
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : 'not ready', checks: report.checks });
  });
  return router;
}
