import type { ApiHandler, SandboxCore } from '../core.js';
import type { Client } from '../state/clients.js';
import type { Amount, Fields } from '../pipeline/fields.js';
import { failed, ParamIllegal, respond, unknown, type ResponseBody } from '../results.js';
import { ASYNC_PAY_FAILURE, payScenario } from '../scenarios.js';
import { checkAccessToken, type Token } from '../state/authorizations.js';
import { numericId } from '../state/ids.js';
import type { Payment } from '../state/payments.js';
import { scheduleExpiry, scheduleWalletResult, settlePayment } from './payment-outcomes.js';
import { payResponse } from './payment-views.js';
import { readEnv, readMerchantRegion, settlementProblem } from './contract-rules.js';

/** Auto Debit payments expire 1 minute after the request unless the merchant asks for sooner (ams-spec §7.6). */
const DEFAULT_EXPIRY_MS = 60_000;

interface PayRequest {
  paymentRequestId: string;
  amount: Amount;
  paymentMethodType: string;
  paymentMethodId: string;
  referenceOrderId: string;
  orderDescription: string;
  referenceMerchantId: string | undefined;
  notifyUrl: string | undefined;
  expiryTime: Date | undefined;
  settlementCurrency: string | undefined;
}

/** The Auto Debit required set (ams-spec §11.5) and the contract rules; Checkout-only fields are read only to check their shape. */
function readPayRequest(client: Client, fields: Fields): PayRequest {
  const productCode = fields.string('productCode', 32);
  if (productCode !== 'AGREEMENT_PAYMENT') {
    throw new ParamIllegal('productCode', 'must be AGREEMENT_PAYMENT (the sandbox simulates Auto Debit only)');
  }
  const paymentRequestId = fields.string('paymentRequestId', 64);
  const amount = fields.amount('paymentAmount');
  const method = fields.object('paymentMethod');
  const paymentMethodType = method.string('paymentMethodType', 64);
  const paymentMethodId = method.string('paymentMethodId', 128);
  const order = fields.object('order');
  const referenceOrderId = order.string('referenceOrderId', 64);
  const orderDescription = order.string('orderDescription', 256);
  order.amount('orderAmount');
  const referenceMerchantId = order.optObject('merchant')?.optString('referenceMerchantId', 64);
  readEnv(order.optObject('env'));
  readEnv(fields.optObject('env'));
  readMerchantRegion(client, fields);
  const userRegion = fields.optString('userRegion', 2);
  if (userRegion !== undefined && !/^[A-Z]{2}$/.test(userRegion)) throw new ParamIllegal('userRegion', 'must be ISO 3166 alpha-2');
  const notifyUrl = fields.optUrl('paymentNotifyUrl', 2048);
  fields.optUrl('paymentRedirectUrl', 2048);
  const expiryTime = fields.optDateTime('paymentExpiryTime');
  const settlementCurrency = fields.optObject('settlementStrategy')?.optString('settlementCurrency', 3);
  if (settlementCurrency !== undefined && !/^[A-Z]{3}$/.test(settlementCurrency)) {
    throw new ParamIllegal('settlementStrategy.settlementCurrency', 'must be ISO 4217 alpha-3');
  }
  fields.optString('merchantAccountId', 32);
  return {
    paymentRequestId,
    amount,
    paymentMethodType,
    paymentMethodId,
    referenceOrderId,
    orderDescription,
    referenceMerchantId,
    notifyUrl,
    expiryTime,
    settlementCurrency,
  };
}

/**
 * A token consulted for a secondary merchant (`authClientId`) pays only for that merchant: the order must name it as
 * `order.merchant.referenceMerchantId` (ams-spec §7.8).
 */
function checkOrderMerchant(core: SandboxCore, token: Token, referenceMerchantId: string | undefined): void {
  const authClientId = core.authorizations.consent(token.consentId)?.authClientId;
  if (authClientId === undefined || referenceMerchantId === authClientId) return;
  throw new ParamIllegal(
    'order.merchant.referenceMerchantId',
    referenceMerchantId === undefined
      ? 'is required: the access token was authorized for a secondary merchant (authClientId)'
      : 'must be the secondary merchant the access token was authorized for (authClientId)',
  );
}

/** Key parameters compared on a repeated paymentRequestId (ams-spec §3.6). */
const fingerprintOf = (request: PayRequest) =>
  `${request.amount.currency}|${request.amount.value}|${request.paymentMethodId}`;

function expiryOf(request: PayRequest, now: Date): Date {
  const latest = now.getTime() + DEFAULT_EXPIRY_MS;
  if (request.expiryTime === undefined) return new Date(latest);
  const at = request.expiryTime.getTime();
  if (at <= now.getTime() || at > latest) {
    throw new ParamIllegal('paymentExpiryTime', 'must be in the future and at most 1 minute after the request');
  }
  return request.expiryTime;
}

/** A repeat of a known paymentRequestId: same answer, or the retry that completes scenario 05. */
function replay(core: SandboxCore, payment: Payment, fingerprint: string): ResponseBody {
  if (payment.fingerprint !== fingerprint) {
    return respond(failed('REPEAT_REQ_INCONSISTENT', 'paymentRequestId was used with different key parameters'), {
      paymentRequestId: payment.paymentRequestId,
    });
  }
  if (payment.completesOnRetry && payment.status === 'PROCESSING') {
    settlePayment(core, payment, 'SUCCESS', 'SUCCESS', 'success', core.options.notifySyncPaymentResults);
  }
  return payResponse(payment);
}

/** pay (Auto Debit, ams-spec §5.4): validates, replays or creates, then decides the outcome by scenario. */
export const pay: ApiHandler = (core, { client, fields, now }) => {
  const request = readPayRequest(client, fields);
  const fingerprint = fingerprintOf(request);
  const existing = core.payments.byRequest(client.clientId, request.paymentRequestId);
  if (existing) return replay(core, existing, fingerprint);

  const settlement = settlementProblem(client, request.settlementCurrency);
  if (settlement) return respond(settlement, { paymentRequestId: request.paymentRequestId });
  const tokenCheck = checkAccessToken(core.authorizations.token(request.paymentMethodId), client.clientId, now);
  if (tokenCheck.ok) checkOrderMerchant(core, tokenCheck.token, request.referenceMerchantId);
  const payment: Payment = {
    clientId: client.clientId,
    paymentId: numericId('payment', now),
    paymentRequestId: request.paymentRequestId,
    amount: request.amount,
    paymentMethodType: request.paymentMethodType,
    paymentMethodId: request.paymentMethodId,
    referenceOrderId: request.referenceOrderId,
    orderDescription: request.orderDescription,
    referenceMerchantId: request.referenceMerchantId,
    status: 'PROCESSING',
    resultCode: 'PAYMENT_IN_PROCESS',
    resultMessage: 'payment in process',
    createdAt: now,
    paidAt: undefined,
    failedAt: undefined,
    cancelledAt: undefined,
    expiresAt: expiryOf(request, now),
    notifyUrl: request.notifyUrl,
    userLoginId: tokenCheck.ok ? tokenCheck.token.userLoginId : undefined,
    refunds: [],
    fingerprint,
    completesOnRetry: false,
    cancelTimers: [],
  };
  core.payments.add(payment);
  const notifySync = core.options.notifySyncPaymentResults;

  if (!tokenCheck.ok || tokenCheck.token.customerBelongsTo !== request.paymentMethodType) {
    const reason = tokenCheck.ok ? `the access token belongs to ${tokenCheck.token.customerBelongsTo}` : tokenCheck.reason;
    settlePayment(core, payment, 'FAIL', 'INVALID_ACCESS_TOKEN', reason, notifySync);
    return payResponse(payment);
  }
  const scenario = payScenario(core.scripts.take(client.clientId) ?? request.amount.value);
  switch (scenario.kind) {
    case 'success':
      settlePayment(core, payment, 'SUCCESS', 'SUCCESS', 'success', notifySync);
      return payResponse(payment);
    case 'fail':
      settlePayment(core, payment, 'FAIL', scenario.code, scenario.message, notifySync);
      return payResponse(payment);
    case 'async':
      if (scenario.userAction) payment.userActionUrl = `${core.publicUrl()}/__sandbox/confirm/${payment.paymentId}`;
      scheduleExpiry(core, payment);
      if (scenario.outcome === 'SUCCESS') scheduleWalletResult(core, payment, 'SUCCESS', 'SUCCESS', 'success');
      else scheduleWalletResult(core, payment, 'FAIL', ASYNC_PAY_FAILURE.code, ASYNC_PAY_FAILURE.message);
      return payResponse(payment);
    case 'neverFinal':
      scheduleExpiry(core, payment);
      return payResponse(payment);
    case 'unknownThenSuccess':
      // The U hides a payment that does go through: a retry completes it at once, silence completes it later.
      payment.completesOnRetry = true;
      scheduleExpiry(core, payment);
      scheduleWalletResult(core, payment, 'SUCCESS', 'SUCCESS', 'success');
      return respond(unknown('UNKNOWN_EXCEPTION', 'unknown exception, please retry with the same paymentRequestId'), {
        paymentRequestId: payment.paymentRequestId,
      });
  }
};
