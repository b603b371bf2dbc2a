import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import pLimit from 'p-limit';
import type { WebhooksConfig } from '../../config/webhooks-env.js';
import type { Encryptor } from '../../persistence/encryption.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { EventLog } from '../events/event-log.js';
import { disableEndpoint } from './endpoint-disabling.js';
import type { EndpointStore } from './endpoint-store.js';
import type { AttemptRecord, DueMessage, MessageStore } from './message-store.js';
import { nextAttemptAt } from './retry-schedule.js';
import { dateOrNull, type EndpointRow } from './webhook-endpoint.js';
import { eventBody, pingBody } from './webhook-body.js';
import { openSecret } from './webhook-secret.js';
import { WebhookSigner } from './webhook-signer.js';
import type { WebhookTransport } from './webhook-transport.js';

/** A run hands the endpoint back after this long, so that N busy endpoints share the worker loops in turn. */
const RUN_SLICE_MS = 5_000;

export interface DeliveryDeps {
  rootEm: EntityManager;
  endpoints: EndpointStore;
  messages: MessageStore;
  transport: WebhookTransport;
  encryptor: Encryptor;
  events: EventLog;
  /** Scheduling time (retries, failure streaks): the gateway's injectable clock. */
  clock: Clock;
  config: WebhooksConfig;
  logger: Logger;
}

export interface RunOutcome {
  attempts: number;
  delivered: number;
  /** Messages were still due when the run ended (its slice ran out, or more arrived): run the endpoint again. */
  moreDue: boolean;
}

/** Lease length: longer than one batch can take (every request ends by the timeout), renewed after each batch. */
export function leaseSecondsFor(config: WebhooksConfig): number {
  return Math.ceil(config.timeoutMs / 1000) + 10;
}

/**
 * One delivery run of one endpoint: take its lease (one run per endpoint across all instances), then send batches of
 * due messages — at most `WEBHOOK_ENDPOINT_CONCURRENCY` requests in flight — recording every attempt, until nothing
 * is due, the slice is over, or the endpoint got disabled. A crash mid-run leaves the messages PENDING: the lease
 * lapses and the sweep starts a new run, which sends them again with the same webhook-id (at-least-once).
 */
export async function runEndpointDelivery(deps: DeliveryDeps, endpointId: string): Promise<RunOutcome> {
  const owner = randomUUID();
  const leaseSeconds = leaseSecondsFor(deps.config);
  const endpoint = await deps.endpoints.acquireLease(endpointId, owner, leaseSeconds);
  const outcome: RunOutcome = { attempts: 0, delivered: 0, moreDue: false };
  if (!endpoint) return outcome; // another run holds it (and will look again before it lets go), or it is disabled
  const signer = signerFor(deps, endpoint);
  const limit = pLimit(deps.config.endpointConcurrency);
  const batchSize = deps.config.endpointConcurrency * 4;
  const sliceEnd = Date.now() + RUN_SLICE_MS;
  let disabled = false;
  try {
    while (Date.now() < sliceEnd) {
      const due = await deps.messages.due(endpointId, deps.clock.now(), batchSize);
      if (due.length === 0) break;
      const records = await Promise.all(due.map((message) => limit(() => attempt(deps, endpoint, signer, message))));
      await deps.messages.record(endpoint.id, endpoint.merchant_id, records);
      outcome.attempts += records.length;
      outcome.delivered += records.filter((r) => r.ok).length;
      disabled = await judgeHealth(deps, endpoint, records);
      if (disabled) break;
      await deps.endpoints.renewLease(endpointId, owner, leaseSeconds);
    }
  } finally {
    await deps.endpoints.releaseLease(endpointId, owner);
  }
  // Checked after letting go: a message queued while this run held the lease found no free endpoint to start a run.
  outcome.moreDue = !disabled && (await deps.messages.hasDue(endpointId, deps.clock.now()));
  return outcome;
}

function signerFor(deps: DeliveryDeps, endpoint: EndpointRow): WebhookSigner {
  const current = openSecret(deps.encryptor, endpoint.id, 'secret', endpoint.secret);
  const previousUntil = dateOrNull(endpoint.previous_secret_expires_at);
  const previous =
    endpoint.previous_secret && previousUntil && previousUntil > deps.clock.now()
      ? openSecret(deps.encryptor, endpoint.id, 'previous_secret', endpoint.previous_secret)
      : null;
  return new WebhookSigner(current, previous);
}

async function attempt(deps: DeliveryDeps, endpoint: EndpointRow, signer: WebhookSigner, message: DueMessage): Promise<AttemptRecord> {
  const body = message.event ? eventBody(message.event) : pingBody(endpoint.id, endpoint.merchant_id, message.createdAt);
  // webhook-timestamp is the wall-clock send time: receivers compare it with their own clock to refuse replays.
  const result = await deps.transport.post(endpoint.url, signer.headers(message.webhookId, new Date(), body), body);
  const attemptedAt = deps.clock.now();
  return {
    messageId: message.id,
    attemptedAt,
    ok: result.ok,
    statusCode: result.statusCode,
    latencyMs: result.latencyMs,
    responseBody: result.responseBody,
    error: result.error,
    nextAttemptAt: result.ok ? null : nextAttemptAt(attemptedAt, message.retryStep + 1, deps.config.retryScheduleSeconds),
  };
}

/**
 * 410 Gone disables the endpoint at once; any 2xx ends a failure streak; a batch that failed entirely starts or
 * continues one, and a streak older than WEBHOOK_DISABLE_AFTER_DAYS disables the endpoint. Returns true if disabled.
 */
async function judgeHealth(deps: DeliveryDeps, endpoint: EndpointRow, records: AttemptRecord[]): Promise<boolean> {
  const disable = (reason: 'GONE' | 'FAILING', detail: string) => disableEndpoint(deps, endpoint.id, reason, detail, 'JOB');
  if (records.some((r) => r.statusCode === 410)) {
    await disable('GONE', 'the endpoint answered 410 Gone');
    deps.logger.info({ endpointId: endpoint.id }, 'webhook endpoint answered 410 Gone: disabled');
    return true;
  }
  if (records.some((r) => r.ok)) {
    if (endpoint.failing_since !== null) await deps.endpoints.markHealthy(endpoint.id);
    endpoint.failing_since = null;
    return false;
  }
  const now = deps.clock.now();
  const since = await deps.endpoints.markFailing(endpoint.id, now);
  endpoint.failing_since = since;
  if (since && now.getTime() - since.getTime() >= deps.config.disableAfterSeconds * 1000) {
    await disable('FAILING', `every attempt failed since ${since.toISOString()}`);
    deps.logger.warn({ endpointId: endpoint.id }, 'webhook endpoint failing for too long: disabled');
    return true;
  }
  return false;
}
