import { newId } from '../../shared/ids.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { answerWithoutCall } from '../shared/create-once.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { callAms, summarize } from '../shared/ams-call.js';
import { inputHash } from '../shared/idempotency.js';
import { InputChecker } from '../shared/input-checks.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { recordFirstTransition } from '../shared/first-transition.js';
import { recordTransition } from '../shared/record-transition.js';
import { recoverAccessToken, TOKEN_ERROR_CODES, type TokenRecovery } from '../authorizations/dead-agreement.js';
import { createPendingPayment } from './create-payment.js';
import { insertPayIntent, type PayIntent } from './pay-intent.js';
import { payRequestFor, type PayingAuthorization } from './pay-request.js';
import { planFromPay } from './payment-ams-mapping.js';
import type { PaymentErrorCode } from './payment-errors.js';
import { checkPayInput, type PayInput } from './payment-inputs.js';
import { paymentMachine } from './payment-status.js';
import { Payment } from './payment.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

type Result = Outcome<OperationResult<Payment>, PaymentErrorCode>;

/**
 * pay (Auto Debit). Persists a PENDING payment with its paymentRequestId (ours, or the caller's) and commits; then
 * debits with the authorization's access token and records the answer: S ⇒ SUCCEEDED, F ⇒ FAILED with the code,
 * U / timeout ⇒ PROCESSING with the reason (resolved by inquiryPayment or the notification, never guessed),
 * NOT_SENT ⇒ FAILED with code NOT_SENT (AMS never saw the request; pay again with a new request id).
 */
export async function pay(deps: OperationDeps, scope: RequestScope, input: PayInput, afterRefresh = false): Promise<Result> {
  const merchantId = merchantIdOf(scope);
  const check = new InputChecker<PaymentErrorCode>();
  const now = deps.clock.now();
  const normalised = checkPayInput(input, check, now);
  if (!normalised) return fail(...check.problems);
  const hash = inputHash('pay', { ...normalised, idempotencyKey: undefined });
  // The merchant's defaults fill what the caller omitted, and are stored with the payment (resends stay identical).
  const defaults = await deps.amsClients.defaultsFor(scope, merchantId);
  const id = newId(ID_PREFIXES.payment);
  const intent: PayIntent = {
    id,
    merchantId,
    authorizationId: normalised.authorizationId,
    paymentRequestId: normalised.paymentRequestId ?? id,
    amountValue: normalised.amount.value,
    currency: normalised.amount.currency,
    referenceOrderId: normalised.referenceOrderId,
    orderDescription: normalised.orderDescription,
    idempotencyKey: normalised.idempotencyKey,
    inputHash: hash,
    now,
    merchantRegion: normalised.merchantRegion ?? defaults.merchantRegion,
    userRegion: normalised.userRegion,
    settlementCurrency: normalised.settlementCurrency ?? defaults.settlementCurrency,
    paymentExpiryTime: normalised.paymentExpiryTime,
    orderDetails: normalised.orderDetails,
  };

  // The common case in one statement (pay-intent.ts); anything else (replay, mismatch, refusal) on the general path.
  const fast = await insertPayIntent(deps, intent);
  if (fast) return payAndRecord(deps, scope, fast.record, fast.authorization, true);

  const { created, authorization: checked } = await createPendingPayment(deps, scope, intent, normalised.paymentRequestId);
  if (created.kind === 'refused') {
    if (!afterRefresh && created.problems.some((p) => p.code === 'TOKEN_EXPIRED')) {
      // The token is known to be expired before anything was sent: refresh once, then pay with the same (never used)
      // paymentRequestId. Refreshing only after AMS refused would burn the request id (an F is final for it).
      const recovery = await recoverAccessToken(deps, scope.em, scope.logger, merchantId, normalised.authorizationId);
      if (recovery.kind === 'REFRESHED') return pay(deps, scope, input, true);
      if (recovery.kind === 'DEAD') {
        return fail(problem('REAUTHORIZATION_REQUIRED', 'authorizationId', `the access token of authorization ${normalised.authorizationId} expired and cannot be refreshed (${recovery.code}); consult again so the user authorizes anew`));
      }
      return fail(
        problem('TOKEN_EXPIRED', 'authorizationId', `the access token of authorization ${normalised.authorizationId} expired and refreshing it failed (${recovery.code}); try again later`),
      );
    }
  }
  if (created.kind !== 'created') return answerWithoutCall(created, 'IDEMPOTENCY_MISMATCH');

  return payAndRecord(deps, scope, created.record, checked, false);
}

/** Sends the pay for a committed PENDING payment and records the answer (in one statement when `fresh`: just inserted by the fast intent). */
async function payAndRecord(deps: OperationDeps, scope: RequestScope, record: Payment, checked: PayingAuthorization | undefined, fresh: boolean): Promise<Result> {
  const merchantId = record.merchantId;
  const client = await deps.amsClients.clientFor(scope, merchantId);
  const outcome = await callAms(client, 'pay', await payRequestFor(deps, scope, record, checked));
  const plan = planFromPay(outcome);
  const target = { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, id: record.id, source: 'RESPONSE' } as const;
  // Fresh from the fast intent: nobody else has seen the payment yet unless a notification or job raced the answer,
  // which recordFirstTransition detects (null) — then the general path decides against what is stored.
  const first = fresh
    ? await recordFirstTransition(deps, {
        entityName: Payment,
        aggregateType: 'PAYMENT',
        machine: paymentMachine,
        record,
        to: plan.to,
        ...(plan.set ? { set: plan.set } : {}),
        ...(plan.payload ? { payload: plan.payload } : {}),
        source: 'RESPONSE',
        now: deps.clock.now(),
      })
    : null;
  const stored = first ?? (await recordTransition(deps, scope, target, () => plan));
  if (outcome.kind === 'F' && TOKEN_ERROR_CODES.has(outcome.code)) {
    // A refused token is refreshed once here, so the merchant's next pay (new request id) goes through; when the
    // refresh fails for good the agreement is dead (REAUTHORIZATION_REQUIRED) and later pays never reach AMS.
    const recovery = await recoverAccessToken(deps, scope.em, scope.logger, merchantId, record.authorizationId);
    const note = recoveryNote(recovery);
    const updated = await recordTransition(deps, scope, target, (current) => ({ to: current.status, set: { failureMessage: `${outcome.message} (${note})` } }));
    return succeed({ record: updated, ams: summarize(outcome), replayed: false });
  }
  return succeed({ record: stored, ams: summarize(outcome), replayed: false });
}

function recoveryNote(recovery: TokenRecovery): string {
  switch (recovery.kind) {
    case 'REFRESHED':
      return 'the access token was refreshed; pay again with a new paymentRequestId';
    case 'DEAD':
      return `the token cannot be refreshed (${recovery.code}): the authorization is REAUTHORIZATION_REQUIRED; consult again`;
    case 'FAILED':
      return `the token refresh failed (${recovery.code}); try again later`;
  }
}
