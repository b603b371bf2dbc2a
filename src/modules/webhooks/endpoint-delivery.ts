import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
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

/** Told of each group of attempts once recorded (metrics); must not throw. */
export type AttemptsRecorded = (merchantId: string, records: readonly AttemptRecord[]) => void;

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
  onAttemptsRecorded?: AttemptsRecorded | undefined;
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
  const window = new DeliveryWindow(deps, endpoint, signer, owner, leaseSeconds, outcome);
  try {
    await window.run(Date.now() + RUN_SLICE_MS);
  } finally {
    await deps.endpoints.releaseLease(endpointId, owner);
  }
  const disabled = window.disabled;
  // Checked after letting go: a message queued while this run held the lease found no free endpoint to start a run.
  outcome.moreDue = !disabled && (await deps.messages.hasDue(endpointId, deps.clock.now()));
  return outcome;
}

/**
 * Sends up to WEBHOOK_ENDPOINT_CONCURRENCY requests at once to one endpoint, records the window's attempts in one
 * statement when they have all answered, then sends the next window (one endpoint's requests take about the same
 * time; a slow endpoint holds only its own worker loop). A message stays PENDING in the database until its attempt is recorded, and is
 * excluded from the next reads meanwhile; the ordering rule in `MessageStore.due` therefore holds back the next
 * message of an aggregate until the previous one's attempt is recorded.
 */
class DeliveryWindow {
  disabled = false;
  /** Messages taken and not yet recorded (being sent, or answered and waiting for their record). */
  private readonly inFlight = new Set<string>();
  /** Requests not answered yet. */
  private sending = 0;
  private finished: AttemptRecord[] = [];
  private recording: Promise<void> = Promise.resolve();
  /** A group is being recorded: answers arriving meanwhile wait for it. */
  private recordingBusy = false;
  private leaseRenewedAt = Date.now();
  private exhausted = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly deps: DeliveryDeps,
    private readonly endpoint: EndpointRow,
    private readonly signer: WebhookSigner,
    private readonly owner: string,
    private readonly leaseSeconds: number,
    private readonly outcome: RunOutcome,
  ) {}

  async run(sliceEnd: number): Promise<void> {
    const concurrency = this.deps.config.endpointConcurrency;
    while (!this.disabled && Date.now() < sliceEnd) {
      const room = concurrency - this.inFlight.size;
      if (room > 0 && !this.exhausted) {
        const due = await this.deps.messages.due(this.endpoint.id, this.deps.clock.now(), room, [...this.inFlight]);
        // Nothing more now; look again once something in flight is recorded (it may unblock its aggregate).
        if (due.length === 0) this.exhausted = true;
        for (const message of due) this.start(message);
      }
      if (this.inFlight.size === 0) {
        if (this.exhausted) break;
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    // The slice is over or the endpoint was disabled: let what is in flight finish and be recorded.
    while (this.inFlight.size > 0) await new Promise<void>((resolve) => (this.wake = resolve));
    await this.recording;
  }

  private start(message: DueMessage): void {
    this.inFlight.add(message.id);
    this.sending++;
    void attempt(this.deps, this.endpoint, this.signer, message)
      .catch((error: unknown) => failedBeforeSending(this.deps, message, error))
      .then((record) => {
      this.sending--;
      this.finished.push(record);
      if (this.sending === 0 && !this.recordingBusy) this.flush();
    });
  }

  /**
   * Records the finished attempts in one statement once every request of the window has answered, then frees their
   * slots and lets the reader look again. Recording each answer as soon as the previous record is done frees slots
   * sooner but runs many more small records and reads: the webhooks bench measured it slower (BENCHMARKS.md).
   */
  private flush(): void {
    const records = this.finished;
    this.finished = [];
    this.recordingBusy = true;
    this.recording = this.recording.then(async () => {
      try {
        await this.deps.messages.record(this.endpoint.id, this.endpoint.merchant_id, records);
        this.outcome.attempts += records.length;
        this.outcome.delivered += records.filter((r) => r.ok).length;
        this.deps.onAttemptsRecorded?.(this.endpoint.merchant_id, records);
        if (!this.disabled && (await judgeHealth(this.deps, this.endpoint, records))) this.disabled = true;
        await this.renewLeaseIfStale();
      } catch (error) {
        // Unrecorded attempts leave their messages PENDING: they are attempted again (same webhook-id).
        this.deps.logger.error({ err: error, endpointId: this.endpoint.id }, 'could not record webhook attempts');
      } finally {
        for (const record of records) this.inFlight.delete(record.messageId);
        this.exhausted = false;
        this.recordingBusy = false;
        if (this.finished.length > 0 && this.sending === 0) this.flush();
        this.wake?.();
      }
    });
  }

  /** Every third of the lease: often enough that it never lapses while the run is alive, not once per group. */
  private async renewLeaseIfStale(): Promise<void> {
    if (Date.now() - this.leaseRenewedAt < (this.leaseSeconds * 1000) / 3) return;
    await this.deps.endpoints.renewLease(this.endpoint.id, this.owner, this.leaseSeconds);
    this.leaseRenewedAt = Date.now();
  }
}

/** An attempt that could not even be built (it never left): recorded as failed, retried on the schedule. */
function failedBeforeSending(deps: DeliveryDeps, message: DueMessage, error: unknown): AttemptRecord {
  const attemptedAt = deps.clock.now();
  return {
    messageId: message.id,
    attemptedAt,
    ok: false,
    statusCode: null,
    latencyMs: 0,
    responseBody: null,
    error: `not sent: ${error instanceof Error ? error.message : String(error)}`,
    nextAttemptAt: nextAttemptAt(attemptedAt, message.retryStep + 1, deps.config.retryScheduleSeconds),
  };
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
