import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { ReliabilityConfig } from '../config/reliability-env.js';
import { authorizationsDueForRefresh, refreshDueToken } from '../modules/authorizations/token-refresh-due.js';
import type { OperationDeps } from '../modules/shared/operation-deps.js';
import type { Logger } from '../shared/logger.js';
import { TOKEN_REFRESH_QUEUE, TOKEN_SCAN_QUEUE, type TokenRefreshJobData } from './job-kinds.js';
import { startPeriodic } from './periodic.js';

export interface TokenRefreshHooks {
  rootEm: EntityManager;
  operations: OperationDeps;
}

/** The token scan (periodic) enqueues one refresh job per due authorization (singleton per authorization). */
export async function startTokenRefresh(
  boss: PgBoss,
  config: ReliabilityConfig,
  hooks: TokenRefreshHooks,
  workOptions: { batchSize: number; pollingIntervalSeconds: number },
  logger: Logger,
): Promise<void> {
  await boss.work<TokenRefreshJobData>(TOKEN_REFRESH_QUEUE, workOptions, async (jobs) => {
    for (const job of jobs) {
      const outcome = await refreshDueToken(hooks.operations, hooks.rootEm, logger, job.data.merchantId, job.data.authorizationId);
      logger.info({ authorizationId: job.data.authorizationId, outcome }, 'token refresh job');
    }
  });
  const scan = async () => {
    const due = await authorizationsDueForRefresh(hooks.operations.sql, hooks.operations.clock.now(), config.tokens.refreshLeadSeconds);
    for (const { id, merchantId } of due) {
      await boss.send(TOKEN_REFRESH_QUEUE, { merchantId, authorizationId: id }, { singletonKey: id });
    }
  };
  await startPeriodic(boss, TOKEN_SCAN_QUEUE, config.tokens.scanIntervalSeconds, workOptions.pollingIntervalSeconds, scan, logger);
}
