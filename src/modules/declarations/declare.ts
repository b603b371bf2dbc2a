import { newId } from '../../shared/ids.js';
import { fail, problem, type Outcome, type Problem } from '../outcome.js';
import type { Payment } from '../payments/payment.entity.js';
import { inquiryPayment } from '../payments/inquiry-payment.js';
import { findPayment } from '../payments/payment-lookup.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { createOnce, insertCreated } from '../shared/create-once.js';
import { inputHash } from '../shared/idempotency.js';
import { InputChecker, type MoneyValue } from '../shared/input-checks.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { DeclarationErrorCode } from './declaration-errors.js';
import { checkDeclareInput, type DeclareInput } from './declaration-inputs.js';
import { declarationMachine, type DeclarationStatus } from './declaration-status.js';
import { Declaration } from './declaration.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { callAndRecord, planFromAnswer } from '../shared/ams-operation.js';
import type { AmsResponseOf } from '../../ams/index.js';

type Result = Outcome<OperationResult<Declaration>, DeclarationErrorCode>;

function declarationProblems(payment: Payment, amount: MoneyValue): Problem<DeclarationErrorCode>[] {
  if (payment.status !== 'SUCCEEDED' || !payment.amsPaymentId) {
    return [problem('PAYMENT_NOT_DECLARABLE', 'paymentId', `payment ${payment.id} is ${payment.status}; only a SUCCEEDED payment can be declared`)];
  }
  // Customs declares in the customs currency (CNY): AMS reports the declarable amount as customsDeclarationAmount.
  const customs = payment.customsDeclarationAmount;
  if (customs) {
    if (amount.currency !== customs.currency) {
      return [problem('CURRENCY_MISMATCH', 'amount.currency', `amount.currency ${amount.currency} differs from the customs currency ${customs.currency} of the payment's customsDeclarationAmount`)];
    }
    if (BigInt(amount.value) > BigInt(customs.value)) {
      return [problem('AMOUNT_EXCEEDS_PAYMENT', 'amount.value', `amount.value ${amount.value} exceeds the payment's customsDeclarationAmount ${customs.value} ${customs.currency}`)];
    }
    return [];
  }
  // AMS has not said what is declarable: only the paid amount in the payment's own currency is safe.
  if (amount.currency !== payment.currency) {
    return [problem('CURRENCY_MISMATCH', 'amount.currency', `amount.currency ${amount.currency} differs from the payment's ${payment.currency}`)];
  }
  if (BigInt(amount.value) > BigInt(payment.amountValue)) {
    return [problem('AMOUNT_EXCEEDS_PAYMENT', 'amount.value', `amount.value ${amount.value} exceeds the paid ${payment.amountValue} ${payment.currency}`)];
  }
  return [];
}

/**
 * The payment's customsDeclarationAmount comes from inquiryPayment or notifyPayment (Java AlipayPayQueryResponse);
 * when a paid payment has none yet, ask AMS once before the rules are checked.
 */
async function learnCustomsAmount(deps: OperationDeps, scope: RequestScope, paymentId: string): Promise<void> {
  const payment = await findPayment(scope.em.fork(), { id: paymentId });
  if (!payment || payment.status !== 'SUCCEEDED' || payment.customsDeclarationAmount) return;
  await inquiryPayment(deps, scope, { id: paymentId });
}

/**
 * declare (customs). The call's S only means AMS accepted it: the record goes PROCESSING until
 * inquiryDeclarationRequests reports the customs answer. F ⇒ FAILED; U / timeout ⇒ PROCESSING with the reason;
 * NOT_SENT ⇒ FAILED NOT_SENT. The buyer's certificate number is sent, never stored.
 */
export async function declare(deps: OperationDeps, scope: RequestScope, input: DeclareInput): Promise<Result> {
  const merchantId = merchantIdOf(scope);
  const check = new InputChecker<DeclarationErrorCode>();
  const n = checkDeclareInput(input, check);
  if (!n) return fail(...check.problems);
  const hash = inputHash('declare', { ...n, idempotencyKey: undefined, buyerCertificate: n.buyerCertificate?.certificateType ?? null });
  await learnCustomsAmount(deps, scope, n.paymentId);

  const created = await createOnce<Declaration, DeclarationErrorCode>(
    deps,
    scope,
    Declaration,
    { merchantId, inputHash: hash, idempotencyKey: n.idempotencyKey, requestIdField: 'declarationRequestId', requestId: n.declarationRequestId },
    async (em, events, fresh) => {
      const payment = await findPayment(em, { id: n.paymentId });
      if (!payment) return { ok: false, problems: [problem('NOT_FOUND', 'paymentId', `no payment ${n.paymentId}`)] };
      const problems = declarationProblems(payment, n.amount);
      if (problems.length > 0) return { ok: false, problems };
      // Our ids are 30 characters: within AMS's 32 for declarationRequestId.
      const id = newId(ID_PREFIXES.declaration);
      const record = Object.assign(new Declaration(), {
        ...fresh,
        id,
        status: 'PENDING' as DeclarationStatus,
        paymentId: payment.id,
        declarationRequestId: n.declarationRequestId ?? id,
        amountValue: n.amount.value,
        currency: n.amount.currency,
        customsCode: n.customsCode,
        customsRegion: n.customsRegion,
        merchantCustomsCode: n.merchantCustomsCode,
        merchantCustomsName: n.merchantCustomsName,
        splitOrder: n.splitOrder,
        subOrderId: n.subOrderId,
        buyerCertificateType: n.buyerCertificate?.certificateType ?? null,
      });
      return insertCreated(em, events, record, { aggregateType: 'DECLARATION', toStatus: 'PENDING', payload: { paymentId: payment.id, declarationRequestId: record.declarationRequestId, amount: n.amount, customsCode: n.customsCode } });
    },
  );
  return callAndRecord(deps, scope, created, 'IDEMPOTENCY_MISMATCH', {
    target: { entityName: Declaration, aggregateType: 'DECLARATION', machine: declarationMachine },
    api: 'declare',
    request: async (record) => {
      const payment = await findPayment(scope.em.fork(), { id: record.paymentId });
      if (!payment?.amsPaymentId) throw new Error(`payment ${record.paymentId} has no AMS paymentId`);
      return {
        declarationRequestId: record.declarationRequestId,
        paymentId: payment.amsPaymentId,
        declarationAmount: { currency: record.currency, value: record.amountValue },
        customs: { customsCode: record.customsCode, region: record.customsRegion },
        merchantCustomsInfo: { merchantCustomsCode: record.merchantCustomsCode, merchantCustomsName: record.merchantCustomsName },
        splitOrder: record.splitOrder,
        ...(record.subOrderId ? { subOrderId: record.subOrderId } : {}),
        ...(n.buyerCertificate
          ? {
              buyerCertificate: {
                certificateType: n.buyerCertificate.certificateType,
                certificateNo: n.buyerCertificate.certificateNo,
                ...(n.buyerCertificate.holderName ? { holderName: n.buyerCertificate.holderName } : {}),
              },
            }
          : {}),
      };
    },
    plan: (outcome) =>
      planFromAnswer<Declaration, DeclarationStatus, AmsResponseOf<'declare'>>(outcome, {
        succeeded: (body) => ({
          to: 'PROCESSING',
          set: {
              customsPaymentId: body.customsPaymentId ?? null,
              customsOrderId: body.customsOrderId ?? null,
              identityCheckResult: body.identityCheckResult ?? null,
              statusReason: 'waiting for customs',
            },
        }),
        failed: 'FAILED',
        unresolved: 'PROCESSING',
        reasonInEvent: true,
      }),
  });
}
