import { Authorization } from '../authorizations/authorization.entity.js';
import type { RequestScope } from '../request-scope.js';
import { createOnce, insertCreated, type CreateResult } from '../shared/create-once.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { payRefusal } from './pay-eligibility.js';
import { createdPayload, pendingPayment, type PayIntent } from './pay-intent.js';
import type { PayingAuthorization } from './pay-request.js';
import type { PaymentErrorCode } from './payment-errors.js';
import { Payment } from './payment.entity.js';

/**
 * Persist-first for pay through the ORM (createOnce): replays a payment created with the same key, answers a
 * mismatch, refuses an authorization that cannot pay (pay-eligibility.ts), or inserts the PENDING payment with its
 * CREATED event. Writes the same rows as the one-statement intent (pay-intent.ts) for the same input.
 */
export async function createPendingPayment(
  deps: OperationDeps,
  scope: RequestScope,
  intent: PayIntent,
  /** Whether the caller named its paymentRequestId (a replay is looked up by it), or it is our id. */
  callerRequestId: string | null,
): Promise<{ created: CreateResult<Payment, PaymentErrorCode>; authorization?: PayingAuthorization }> {
  let checked: Authorization | undefined; // as read (fresh) and checked in the committed transaction
  const created = await createOnce<Payment, PaymentErrorCode>(
    deps,
    scope,
    Payment,
    {
      merchantId: intent.merchantId,
      inputHash: intent.inputHash,
      idempotencyKey: intent.idempotencyKey,
      requestIdField: 'paymentRequestId',
      requestId: callerRequestId,
    },
    async (em, events) => {
      const authorization = await em.findOne(Authorization, { id: intent.authorizationId }, { refresh: true });
      const refused = payRefusal(authorization, intent.authorizationId, intent.now);
      if (refused || !authorization) return { ok: false, problems: refused ? [refused] : [] };
      checked = authorization;
      const record = Object.assign(new Payment(), pendingPayment(intent, authorization.customerBelongsTo));
      return insertCreated(em, events, record, { aggregateType: 'PAYMENT', toStatus: 'PENDING', payload: createdPayload(record) });
    },
  );
  return { created, ...(checked ? { authorization: checked } : {}) };
}
