import { randomUUID, type KeyObject } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { formatSignatureHeader, signMessageAsync } from '../../ams/signing/index.js';
import type { OffsetClock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { formatAmsDateTime } from '../../shared/time.js';
import type { FaultRegistry, NotificationType } from '../faults.js';
import type { Scheduler } from '../scheduler.js';
import { BoundedMap } from '../state/bounded-map.js';
import { isAcknowledgement } from './ack.js';
import { postNotification } from './deliver.js';
import { gapBeforeAttemptMs } from './schedule.js';

export interface DeliveryAttempt {
  attempt: number;
  /** Sandbox time of the send, AMS format. */
  at: string;
  /** Wall-clock ms since epoch, for measuring compressed gaps. */
  sentAtMs: number;
  httpStatus: number | undefined;
  error: string | undefined;
  acknowledged: boolean;
  /** An extra copy sent by the duplicateNotification fault. */
  duplicate: boolean;
  /** Sent with a corrupted signature by the badNotificationSignature fault. */
  badSignature: boolean;
}

export type NotificationState = 'PENDING' | 'ACKNOWLEDGED' | 'FAILED' | 'EXHAUSTED';

export interface NotificationRecord {
  id: string;
  type: NotificationType;
  clientId: string;
  url: string;
  body: string;
  state: NotificationState;
  createdAt: string;
  attempts: DeliveryAttempt[];
}

export interface NotifierSettings {
  retries: 'schedule' | 'never';
  gapsSeconds: readonly number[];
  timeScale: number;
  timeoutMs: number;
  logLimit: number;
}

function corrupt(base64Signature: string): string {
  const raw = Buffer.from(base64Signature, 'base64');
  raw[0] = (raw[0] ?? 0) ^ 0xff;
  return raw.toString('base64');
}

/**
 * Delivers notifications as AMS does (ams-spec §2.5, §6): signed over POST + the notify URL's path and query, with the
 * merchant's client id and a fresh request-time, resent on the 8-step schedule until acknowledged. Every attempt goes
 * to a bounded delivery log.
 */
export class Notifier {
  private readonly log: BoundedMap<string, NotificationRecord>;
  /** Aborts every delivery in flight on close. One listener per in-flight POST: many at once is normal, not a leak. */
  private readonly abort = unlimitedAbortController();
  private readonly listeners = new Set<(record: NotificationRecord, attempt: DeliveryAttempt) => void>();
  /** The next scheduled attempt of each pending notification, so an evicted one stops holding a timer. */
  private readonly nextAttempt = new Map<string, () => void>();

  constructor(
    private readonly clock: OffsetClock,
    private readonly scheduler: Scheduler,
    private readonly faults: FaultRegistry,
    private readonly privateKey: KeyObject,
    private readonly settings: NotifierSettings,
    private readonly logger: Logger,
  ) {
    // The log bounds the work too: a notification pushed out of it is abandoned, its next resend cancelled.
    this.log = new BoundedMap(settings.logLimit, (id, record) => {
      this.nextAttempt.get(id)?.();
      this.nextAttempt.delete(id);
      if (record.state === 'PENDING') record.state = 'FAILED';
    });
  }

  /** Queues a notification; without a URL (none in the request, none registered) nothing is sent. */
  send(type: NotificationType, clientId: string, url: string | undefined, body: Record<string, unknown>): NotificationRecord | undefined {
    if (url === undefined) return undefined;
    const record: NotificationRecord = {
      id: randomUUID(),
      type,
      clientId,
      url,
      body: JSON.stringify(body),
      state: 'PENDING',
      createdAt: formatAmsDateTime(this.clock.now()),
      attempts: [],
    };
    this.log.set(record.id, record);
    this.schedule(record, 0, 1, false);
    return record;
  }

  list(filter: { type?: string; clientId?: string } = {}): NotificationRecord[] {
    return [...this.log.values()].filter(
      (r) => (filter.type === undefined || r.type === filter.type) && (filter.clientId === undefined || r.clientId === filter.clientId),
    );
  }

  onAttempt(listener: (record: NotificationRecord, attempt: DeliveryAttempt) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.abort.abort();
  }

  private schedule(record: NotificationRecord, delayMs: number, attemptNumber: number, held: boolean): void {
    const cancel = this.scheduler.after(delayMs, () => {
      this.nextAttempt.delete(record.id);
      this.run(record, attemptNumber, held);
    });
    this.nextAttempt.set(record.id, cancel);
  }

  /** Timer entry point: an unexpected failure is logged and ends the notification instead of escaping. */
  private run(record: NotificationRecord, attemptNumber: number, held: boolean): void {
    this.attempt(record, attemptNumber, held).catch((error: unknown) => {
      this.failed(record, error);
      if (record.state === 'PENDING') record.state = 'FAILED';
    });
  }

  private failed(record: NotificationRecord, error: unknown): void {
    if (!this.abort.signal.aborted) this.logger.error({ err: error, notification: record.id }, 'notification delivery failed');
  }

  private async attempt(record: NotificationRecord, attemptNumber: number, held: boolean): Promise<void> {
    if (this.abort.signal.aborted || record.state !== 'PENDING') return;
    const faults = this.faults.forNotification(record.type, record.clientId);
    const reorder = faults.find((f) => f.kind === 'reorderNotification');
    if (reorder && !held) {
      // Holding this one back lets notifications queued after it arrive first.
      this.schedule(record, reorder.delayMs, attemptNumber, true);
      return;
    }
    const badSignature = faults.some((f) => f.kind === 'badNotificationSignature');
    const main = this.deliverOnce(record, attemptNumber, { badSignature, duplicate: false });
    if (faults.some((f) => f.kind === 'duplicateNotification')) {
      this.deliverOnce(record, attemptNumber, { badSignature, duplicate: true }).catch((error: unknown) => this.failed(record, error));
    }
    const acknowledged = await main;
    if (this.abort.signal.aborted || record.state !== 'PENDING') return;
    if (acknowledged) {
      record.state = 'ACKNOWLEDGED';
      return;
    }
    if (this.settings.retries === 'never') {
      record.state = 'FAILED';
      return;
    }
    const gap = gapBeforeAttemptMs(attemptNumber + 1, this.settings.gapsSeconds, this.settings.timeScale);
    if (gap === undefined) {
      record.state = 'EXHAUSTED';
      return;
    }
    this.schedule(record, gap, attemptNumber + 1, false);
  }

  private async deliverOnce(
    record: NotificationRecord,
    attemptNumber: number,
    flags: { badSignature: boolean; duplicate: boolean },
  ): Promise<boolean> {
    const url = new URL(record.url);
    const requestTime = formatAmsDateTime(this.clock.now());
    const path = url.pathname + url.search;
    const signature = await signMessageAsync(
      { method: 'POST', path, clientId: record.clientId, time: requestTime, body: record.body },
      this.privateKey,
    );
    const headers = {
      'content-type': 'application/json; charset=UTF-8',
      'client-id': record.clientId,
      'request-time': requestTime,
      signature: formatSignatureHeader(flags.badSignature ? corrupt(signature) : signature),
    };
    const sentAtMs = Date.now();
    const outcome = await postNotification(url, headers, record.body, this.settings.timeoutMs, this.abort.signal);
    const attempt: DeliveryAttempt = {
      attempt: attemptNumber,
      at: requestTime,
      sentAtMs,
      httpStatus: outcome.httpStatus,
      error: outcome.error,
      acknowledged: outcome.httpStatus !== undefined && isAcknowledgement(outcome.httpStatus, outcome.responseBody),
      duplicate: flags.duplicate,
      badSignature: flags.badSignature,
    };
    record.attempts.push(attempt);
    if (!attempt.acknowledged) {
      this.logger.debug({ notification: record.id, type: record.type, attempt: attemptNumber, error: outcome.error }, 'notification not acknowledged');
    }
    for (const listener of this.listeners) listener(record, attempt);
    return attempt.acknowledged;
  }
}

function unlimitedAbortController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}
