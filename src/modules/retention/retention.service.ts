import type { RetentionConfig } from '../../config/retention-env.js';
import type { Sql } from '../../persistence/sql-pool.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { deleteInBatches, type PruneResult } from './batched-delete.js';
import { RETENTION_TARGET_SPECS, type RetentionTargetName } from './retention-targets.js';

export type RetentionReport = Partial<Record<RetentionTargetName, PruneResult>>;

/** Observes what each run removed (metrics). */
export type RetentionListener = (report: RetentionReport) => void;

/**
 * Removes events, notification inbox rows and webhook deliveries past their retention period, never what an
 * unresolved record still needs (retention-targets.ts), in short batches beside live traffic. Runs as a periodic
 * pg-boss job (jobs/job-engine.ts); pg-boss's own job rows are pruned by pg-boss (jobs/boss.ts).
 */
export class RetentionService {
  private listener: RetentionListener | undefined;

  constructor(
    private readonly sql: Sql,
    private readonly clock: Clock,
    private readonly config: RetentionConfig,
    private readonly logger: Logger,
  ) {}

  onRun(listener: RetentionListener): void {
    this.listener = listener;
  }

  async run(): Promise<RetentionReport> {
    const periods: Record<RetentionTargetName, number> = {
      webhook_attempts: this.config.webhookSeconds,
      webhook_messages: this.config.webhookSeconds,
      events: this.config.eventsSeconds,
      notification_inbox: this.config.inboxSeconds,
    };
    const now = this.clock.now().getTime();
    const report: RetentionReport = {};
    for (const target of RETENTION_TARGET_SPECS) {
      const seconds = periods[target.table];
      if (seconds <= 0) continue;
      report[target.table] = await deleteInBatches(this.sql, target, new Date(now - seconds * 1000), this.config.batchSize);
    }
    const removed = Object.fromEntries(Object.entries(report).map(([table, result]) => [table, result.deleted]));
    if (Object.values(removed).some((n) => n > 0)) this.logger.info({ removed }, 'retention removed expired rows');
    this.listener?.(report);
    return report;
  }
}
