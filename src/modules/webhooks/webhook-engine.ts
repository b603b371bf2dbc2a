import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { WebhooksConfig } from '../../config/webhooks-env.js';
import { startPeriodic } from '../../jobs/periodic.js';
import type { Encryptor } from '../../persistence/encryption.js';
import type { Sql } from '../../persistence/sql-pool.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { EventLog } from '../events/event-log.js';

import { SafeHorizon } from '../events/safe-horizon.js';
import { leaseSecondsFor, runEndpointDelivery, type AttemptsRecorded, type DeliveryDeps } from './endpoint-delivery.js';
import { EndpointStore } from './endpoint-store.js';
import { MessageStore } from './message-store.js';
import { WebhookFanOut } from './webhook-fan-out.js';
import { WebhookTransport } from './webhook-transport.js';

/** One job = one delivery run of one endpoint; `short`: at most one queued per endpoint (repeated sends collapse). */
export const WEBHOOK_DELIVER_QUEUE = 'webhook-deliver';
/** Periodic: runs for endpoints with due retries (or left behind by a crash), and a fan-out safety pass. */
export const WEBHOOK_SWEEP_QUEUE = 'webhook-sweep';
const SWEEP_ENDPOINT_LIMIT = 1_000;
const IDLE_POLL_SECONDS = 5;

export interface WebhookEngineOptions {
  boss: PgBoss;
  rootEm: EntityManager;
  sql: Sql;
  /** A dedicated connection for the safe-horizon polling (dedicated-sql.ts). */
  horizonSql: Sql;
  encryptor: Encryptor;
  events: EventLog;
  clock: Clock;
  config: WebhooksConfig;
  pollSeconds: number;
  logger: Logger;
  /** Told of each group of recorded attempts (metrics). */
  onAttemptsRecorded?: AttemptsRecorded;
}

export interface WebhookEngine {
  /** Events may have committed (a local commit or another instance's NOTIFY). */
  wake(): void;
  /** Starts a delivery run for these endpoints soon (any instance). */
  schedule(endpointIds: readonly string[]): Promise<void>;
  /** Runs the sweep now (tests). */
  sweep(): Promise<number>;
  /** Resolves when the fan-out is idle (tests). */
  fanOutIdle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Outgoing webhooks on pg-boss: the fan-out queues messages from the event log; `webhook-deliver` jobs run endpoints
 * (each worker loop serves one endpoint at a time, so a slow endpoint holds one loop, never the others); the sweep
 * starts runs for due retries. The messages table is the durable state; jobs only say "look at this endpoint".
 */
export async function startWebhookEngine(options: WebhookEngineOptions): Promise<WebhookEngine> {
  const { boss, config, logger } = options;
  const log = logger.child({ component: 'webhooks' });
  const endpoints = new EndpointStore(options.sql);
  const messages = new MessageStore(options.sql);
  const transport = new WebhookTransport({ timeoutMs: config.timeoutMs, allowPrivateAddresses: config.allowPrivateAddresses });
  const deps: DeliveryDeps = {
    rootEm: options.rootEm,
    endpoints,
    messages,
    transport,
    encryptor: options.encryptor,
    events: options.events,
    clock: options.clock,
    config,
    logger: log,
    onAttemptsRecorded: options.onAttemptsRecorded,
  };
  // A job of a crashed instance comes back after the lease it held has lapsed.
  const expireInSeconds = leaseSecondsFor(config) + 30;
  await boss.createQueue(WEBHOOK_DELIVER_QUEUE, { name: WEBHOOK_DELIVER_QUEUE, policy: 'short', retryLimit: 3, retryDelay: 1, expireInSeconds });
  await boss.createQueue(WEBHOOK_SWEEP_QUEUE, { name: WEBHOOK_SWEEP_QUEUE, policy: 'stately', expireInSeconds: 60 });

  const idleWorkers: string[] = [];
  const runs = new Set<Promise<unknown>>();
  const schedule = async (endpointIds: readonly string[]) => {
    for (const endpointId of endpointIds) {
      await boss.send(WEBHOOK_DELIVER_QUEUE, { endpointId }, { singletonKey: endpointId });
    }
    // Wake a worker of this instance now instead of at its next poll (the idle event-to-delivery latency).
    for (const workerId of idleWorkers.slice(0, endpointIds.length)) boss.notifyWorker(workerId);
  };
  const scheduleQuietly = (endpointIds: readonly string[]) => {
    schedule(endpointIds).catch((error: unknown) => log.warn({ err: error }, 'could not schedule webhook deliveries; the sweep will'));
  };

  // Polling is only the fallback (a job another instance queued while this one's workers were all busy): local jobs
  // wake an idle worker at once, and a worker that finished a run looks for the next job at once.
  const pollingIntervalSeconds = Math.max(options.pollSeconds, IDLE_POLL_SECONDS);
  for (let i = 0; i < config.workers; i++) {
    let workerId = '';
    workerId = await boss.work<{ endpointId: string }>(
      WEBHOOK_DELIVER_QUEUE,
      { batchSize: 1, pollingIntervalSeconds },
      async ([job]) => {
        if (!job) return;
        markBusy(idleWorkers, workerId);
        const run = runEndpointDelivery(deps, job.data.endpointId);
        runs.add(run);
        try {
          const outcome = await run;
          if (outcome.moreDue) scheduleQuietly([job.data.endpointId]);
        } finally {
          runs.delete(run);
          idleWorkers.push(workerId);
          boss.notifyWorker(workerId);
        }
      },
    );
    idleWorkers.push(workerId);
  }

  const horizon = new SafeHorizon(options.horizonSql, log);
  await horizon.start();
  const fanOut = new WebhookFanOut(horizon, messages, options.clock, scheduleQuietly, log);
  const sweep = async () => {
    fanOut.wake();
    const due = await messages.endpointsWithDue(options.clock.now(), SWEEP_ENDPOINT_LIMIT);
    if (due.length > 0) await schedule(due);
    return due.length;
  };
  await startPeriodic(boss, WEBHOOK_SWEEP_QUEUE, config.sweepSeconds, options.pollSeconds, sweep, log);
  fanOut.wake();

  let stopping: Promise<void> | undefined;
  return {
    wake: () => fanOut.wake(),
    schedule,
    sweep,
    fanOutIdle: () => fanOut.idle(),
    stop: () =>
      (stopping ??= (async () => {
        fanOut.stop();
        await fanOut.idle();
        await boss.offWork(WEBHOOK_DELIVER_QUEUE);
        // Running deliveries finish (each request ends by the timeout) before the agents go.
        await Promise.allSettled([...runs]);
        transport.close();
      })()),
  };
}

function markBusy(idle: string[], workerId: string): void {
  const at = idle.indexOf(workerId);
  if (at >= 0) idle.splice(at, 1);
}
