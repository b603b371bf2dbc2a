import { formatAmsDateTime } from '../../shared/time.js';
import { customsAmountOf } from './customs-amount.js';
import type { ApiHandler, SandboxCore } from '../core.js';
import { failed, ParamIllegal, respond, success, type ResponseBody } from '../results.js';
import { declarationRejected } from '../scenarios.js';
import type { Declaration } from '../state/declarations.js';
import { numericId } from '../state/ids.js';

const CERTIFICATE_TYPES = ['ENTERPRISE_REGISTRATION', 'LICENSE_INFO', 'ID_CARD', 'PASSPORT', 'DRIVING_LICENSE', 'CPF', 'CNPJ'] as const;

/** Antom's registration id at each customs (ams-spec §5.9 table); ZONGSHU's default is the most common one. */
const PROVIDER_REGISTRATION: Record<string, string> = {
  ZONGSHU: '31222699S7',
  ZHENGZHOU: '31222699S7',
  NINGBO: '31222699S7',
  SHANGHAI_CBT: '31222699S7',
};

function declareResponse(declaration: Declaration): ResponseBody {
  return respond(success(), {
    customsPaymentId: declaration.customsPaymentId,
    customsOrderId: declaration.customsOrderId,
    identityCheckResult: declaration.identityChecked ? 'CHECK_PASSED' : undefined,
    clearingChannel: 'OTHER',
    clearingTransactionId: declaration.paymentId,
    customsProviderRegistrationId: PROVIDER_REGISTRATION[declaration.customs.customsCode] ?? '31222699S7',
  });
}

function scheduleCustomsAnswer(core: SandboxCore, declaration: Declaration): void {
  core.scheduler.after(core.options.asyncDelayMs, () => {
    const at = core.clock.now();
    if (declarationRejected(declaration.amount.value)) {
      core.declarations.finish(declaration, 'FAIL', at, 'FAIL', 'customs rejected the declaration (sandbox scenario: amount ends in 03)');
    } else {
      core.declarations.finish(declaration, 'SUCCESS', at, 'SUCCESS', 'declared');
    }
  });
}

/** declare (ams-spec §5.9): accepted synchronously, the customs answer arrives later (inquiryDeclarationRequests). */
export const declare: ApiHandler = (core, { client, fields, now }) => {
  const declarationRequestId = fields.string('declarationRequestId', 32);
  const paymentId = fields.string('paymentId', 64);
  const amount = fields.amount('declarationAmount');
  const customsFields = fields.object('customs');
  const customs = { customsCode: customsFields.string('customsCode', 128), region: customsFields.string('region', 2) };
  const merchantFields = fields.object('merchantCustomsInfo');
  const merchantCustomsInfo = {
    merchantCustomsCode: merchantFields.string('merchantCustomsCode', 128),
    merchantCustomsName: merchantFields.string('merchantCustomsName', 256),
  };
  // Go drops `false` booleans (omitempty), so a missing splitOrder means false (ams-spec §11.4).
  const splitOrder = fields.bool('splitOrder', false);
  // Java/Go/PHP/.NET send subOrderId, Python and the docs suborderId (ams-spec §11.3).
  const subOrderId = fields.optString('subOrderId', 64) ?? fields.optString('suborderId', 64);
  if (splitOrder && subOrderId === undefined) throw new ParamIllegal('subOrderId', 'is required when splitOrder is true');
  const certificate = fields.optObject('buyerCertificate');
  certificate?.optOneOf('certificateType', CERTIFICATE_TYPES);
  certificate?.optString('certificateNo', 64);
  const fingerprint = `${paymentId}|${amount.currency}|${amount.value}|${subOrderId ?? ''}`;

  const existing = core.declarations.get(client.clientId, declarationRequestId);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      return respond(failed('REPEAT_REQ_INCONSISTENT', 'declarationRequestId was used with different key parameters'));
    }
    return declareResponse(existing);
  }
  const payment = core.payments.byId(client.clientId, paymentId);
  if (!payment) return respond(failed('ORDER_NOT_EXIST', 'no payment with the given paymentId'));
  if (payment.status !== 'SUCCESS') return respond(failed('ORDER_STATUS_INVALID', `the payment is ${payment.status}`));
  const declarable = customsAmountOf(payment.amount);
  if (amount.currency !== declarable.currency) {
    throw new ParamIllegal('declarationAmount.currency', `must be the customs currency ${declarable.currency} (the payment's customsDeclarationAmount)`);
  }
  if (BigInt(amount.value) > BigInt(declarable.value)) {
    throw new ParamIllegal('declarationAmount.value', `exceeds the payment's customsDeclarationAmount ${declarable.value} ${declarable.currency}`);
  }
  const declaration: Declaration = {
    clientId: client.clientId,
    declarationRequestId,
    paymentId,
    amount,
    customs,
    merchantCustomsInfo,
    splitOrder,
    subOrderId,
    identityChecked: certificate !== undefined,
    status: 'PROCESSING',
    customsPaymentId: numericId('declaration', now),
    customsOrderId: subOrderId ?? payment.referenceOrderId,
    createdAt: now,
    lastModifiedAt: now,
    customsResultCode: undefined,
    customsResultDesc: undefined,
    customsReturnTime: undefined,
    fingerprint,
  };
  core.declarations.add(declaration);
  scheduleCustomsAnswer(core, declaration);
  return declareResponse(declaration);
};

export function declarationRecord(declaration: Declaration): Record<string, unknown> {
  const time = (date: Date | undefined) => (date === undefined ? undefined : formatAmsDateTime(date));
  return {
    declarationRequestId: declaration.declarationRequestId,
    customsPaymentId: declaration.customsPaymentId,
    customsOrderId: declaration.customsOrderId,
    customs: declaration.customs,
    merchantCustomsInfo: declaration.merchantCustomsInfo,
    declarationAmount: declaration.amount,
    splitOrder: declaration.splitOrder,
    declarationRequestStatus: declaration.status,
    lastModifiedTime: time(declaration.lastModifiedAt),
    customsDeclarationResultCode: declaration.customsResultCode,
    customsDeclarationResultDesc: declaration.customsResultDesc,
    customsDeclarationReturnTime: time(declaration.customsReturnTime),
  };
}
