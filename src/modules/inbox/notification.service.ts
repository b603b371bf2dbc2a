import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { redactSecrets } from '../../ams/index.js';
import type { NotifyAuthorizationBody, NotifyPaymentBody, NotifyRefundBody, NotifyRegistrationStatusBody } from '../../ams/index.js';
import { newId } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import type { Actor } from '../access/actor.js';
import type { AuthorizationService } from '../authorizations/authorization.service.js';
import type { EventBatch } from '../events/event-log.js';
import { createRequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { applyAuthorizationNotification } from './apply-authorization.js';
import { fastPaymentNotification } from './apply-payment-fast.js';
import { applyPaymentNotification } from './apply-payment.js';
import { applyRefundNotification } from './apply-refund.js';
import { applyRegistrationNotification } from './apply-registration.js';
import type { ApplyResult } from './apply-result.js';
import type { InboxOutcome, NotificationKindName } from './inbox.entity.js';
import { inboxInsertSql, storedRequestTime } from './inbox-insert.js';
import { notificationIdentity } from './notification-identity.js';
import { PaymentNotificationBatcher } from './payment-notification-batcher.js';

/** A notification whose signature, client id and request time were already checked by the receiver. */
export interface VerifiedNotification {
  merchantId: string;
  kind: NotificationKindName;
  body: Record<string, unknown>;
  rawBody: Buffer;
  requestTime: string;
  requestId: string;
}

export interface ReceiveResult {
  inboxId: string;
  duplicate: boolean;
  outcome: InboxOutcome;
  /** Run after the acknowledgement was sent (auto applyToken); never throws. */
  afterAck: () => Promise<void>;
}

export interface NotificationServiceOptions {
  /** AUTO_APPLY_TOKEN: redeem an AUTHCODE_CREATED code with applyToken on the merchant's behalf. */
  autoApplyToken: boolean;
  /**
   * Payment notifications that move their payments on, or repeat their status, are recorded in one batched statement (the default); off,
   * every notification takes the ORM path. Both write the same rows (test/integration/ops/fast-path-parity.test.ts).
   */
  fastPayments?: boolean;
}

const nothing = async () => undefined;

/**
 * The inbox: records each verified notification once and applies it through the same transition functions as
 * inquiries, in ONE transaction (inbox row + status change + events). A duplicate (same identity) only bumps the
 * delivery count. The receiver acknowledges after this returns, i.e. after the commit.
 */
export class NotificationService {
  constructor(
    private readonly deps: OperationDeps,
    private readonly rootEm: EntityManager,
    private readonly authorizations: AuthorizationService,
    private readonly logger: Logger,
    private readonly options: NotificationServiceOptions,
  ) {
    this.paymentBatches = options.fastPayments === false ? null : new PaymentNotificationBatcher(deps);
  }

  /** Payment notifications that move their payments on, committed together under load (group commit). */
  private readonly paymentBatches: PaymentNotificationBatcher | null;

  async receive(notification: VerifiedNotification): Promise<ReceiveResult> {
    const identity = notificationIdentity(notification.kind, notification.body);
    const now = this.deps.clock.now();
    const id = newId('ntf_');
    const bodySha256 = createHash('sha256').update(notification.rawBody).digest('hex');
    const bodyJson = JSON.stringify(redactSecrets(notification.body));
    const requestTime = storedRequestTime(notification.requestTime);
    if (notification.kind === 'payment' && this.paymentBatches) {
      // The common cases (a payment moving on, or the repeat of a status it has) in one statement; everything else
      // below, through the ORM.
      const entry = { inboxId: id, merchantId: notification.merchantId, identity, bodySha256, requestTime, bodyJson, now };
      const fast = fastPaymentNotification(notification.body as unknown as NotifyPaymentBody, entry);
      const decided = fast && (await this.paymentBatches.apply(fast));
      if (decided) {
        this.logger.info({ requestId: notification.requestId, merchantId: notification.merchantId, kind: 'payment', inboxId: id, outcome: decided.outcome, duplicate: false }, 'notification recorded');
        return { inboxId: id, duplicate: false, outcome: decided.outcome, afterAck: nothing };
      }
    }

    const actor: Actor = { role: 'MERCHANT', merchantId: notification.merchantId, keyId: 'ams:notification' };
    const scope = createRequestScope(this.rootEm, actor, notification.requestId, this.logger);
    let afterCommit: (() => Promise<void>) | undefined;
    const result = await this.deps.events.transaction(scope.em, async (em, events) => {
      const inserted = await em.execute<Array<{ id: string }>>(`${this.firstDeliverySql()} returning id`, [
        id,
        notification.merchantId,
        notification.kind,
        identity,
        bodySha256,
        requestTime,
        bodyJson,
        now,
        now,
      ]);
      if (inserted.length === 0) {
        // A retry or a duplicate delivery: acknowledged, not applied again.
        const [row] = await em.execute<Array<{ id: string; outcome: InboxOutcome }>>(
          `update notification_inbox set deliveries = deliveries + 1, last_received_at = ?
           where merchant_id = ? and kind = ? and identity = ? returning id, outcome`,
          [now, notification.merchantId, notification.kind, identity],
        );
        return { inboxId: row?.id ?? '', duplicate: true, outcome: row?.outcome ?? 'NOOP' };
      }
      const applied = await this.apply(em, events, notification, now);
      afterCommit = applied.afterCommit;
      await em.execute(`update notification_inbox set outcome = ?, aggregate_id = ?, detail = ? where id = ?`, [
        applied.outcome,
        applied.aggregateId,
        applied.detail?.slice(0, 500) ?? null,
        id,
      ]);
      return { inboxId: id, duplicate: false, outcome: applied.outcome };
    });

    const log = { merchantId: notification.merchantId, kind: notification.kind, inboxId: result.inboxId, outcome: result.outcome, duplicate: result.duplicate };
    if (result.outcome === 'ANOMALY' || result.outcome === 'UNMATCHED') scope.logger.warn(log, 'notification recorded without a status change');
    else scope.logger.info(log, 'notification recorded');
    const work = afterCommit;
    return {
      ...result,
      afterAck: work
        ? () => work().catch((error: unknown) => scope.logger.error({ err: error, inboxId: result.inboxId }, 'post-notification work failed'))
        : nothing,
    };
  }

  /** The inbox insert (inbox-insert.ts) with `?` parameters; the outcome is set once the notification was applied. */
  private firstDeliverySql(): string {
    return this.deps.tables.statement('inbox-first-delivery', (tables) =>
      inboxInsertSql(tables, {
        id: '?',
        merchantId: '?',
        kind: '?',
        identity: '?',
        bodySha256: '?',
        aggregateId: 'null',
        outcome: "'IGNORED'",
        detail: 'null',
        requestTime: '?',
        body: '?::jsonb',
        receivedAt: '?::timestamptz',
        lastReceivedAt: '?::timestamptz',
      }),
    );
  }

  private apply(em: EntityManager, events: EventBatch, n: VerifiedNotification, now: Date): Promise<ApplyResult> {
    switch (n.kind) {
      case 'payment':
        return applyPaymentNotification(em, events, n.body as unknown as NotifyPaymentBody, now);
      case 'refund':
        return applyRefundNotification(em, events, n.body as unknown as NotifyRefundBody, now);
      case 'registration':
        return applyRegistrationNotification(em, events, n.body as unknown as NotifyRegistrationStatusBody, now);
      case 'authorization':
        return applyAuthorizationNotification(em, events, n.body as unknown as NotifyAuthorizationBody, now, {
          encryptor: this.deps.encryptor,
          redeem: this.options.autoApplyToken ? (id, code, state) => this.redeem(n, id, code, state) : null,
        });
    }
  }

  /** applyToken on the merchant's behalf, after the AUTHCODE_CREATED was committed and acknowledged. */
  private async redeem(n: VerifiedNotification, authorizationId: string, authCode: string, authState: string): Promise<void> {
    const actor: Actor = { role: 'MERCHANT', merchantId: n.merchantId, keyId: 'ams:auto-apply-token' };
    const scope = createRequestScope(this.rootEm, actor, `${n.requestId}:applyToken`, this.logger);
    const outcome = await this.authorizations.applyToken(scope, { authorizationId, authCode, authState });
    if (outcome.ok) scope.logger.info({ authorizationId, status: outcome.value.record.status }, 'auto applyToken done');
    else scope.logger.warn({ authorizationId, problems: outcome.errors.map((p) => p.code) }, 'auto applyToken refused');
  }
}
