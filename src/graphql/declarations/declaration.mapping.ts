import type { DeclarationErrorCode } from '../../modules/declarations/declaration-errors.js';
import type { Declaration } from '../../modules/declarations/declaration.entity.js';
import type { Outcome } from '../../modules/outcome.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { toAmsCallResult, toFailure, toMoney } from '../operations/operation-types.js';
import { DeclarationError, DeclarationPayload, DeclarationType } from './declaration.types.js';

export function toDeclarationType(d: Declaration): DeclarationType {
  return Object.assign(new DeclarationType(), {
    id: d.id,
    merchantId: d.merchantId,
    paymentId: d.paymentId,
    declarationRequestId: d.declarationRequestId,
    amount: toMoney(d.amountValue, d.currency),
    customsCode: d.customsCode,
    customsRegion: d.customsRegion,
    merchantCustomsCode: d.merchantCustomsCode,
    merchantCustomsName: d.merchantCustomsName,
    splitOrder: d.splitOrder,
    subOrderId: d.subOrderId,
    buyerCertificateType: d.buyerCertificateType,
    status: d.status,
    statusReason: d.statusReason,
    failure: toFailure(d),
    customsPaymentId: d.customsPaymentId,
    customsOrderId: d.customsOrderId,
    identityCheckResult: d.identityCheckResult,
    customsResultCode: d.customsResultCode,
    customsResultDescription: d.customsResultDescription,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  });
}

export function toDeclarationPayload(outcome: Outcome<OperationResult<Declaration>, DeclarationErrorCode>): DeclarationPayload {
  const payload = new DeclarationPayload();
  if (!outcome.ok) return Object.assign(payload, { declaration: null, ams: null, replayed: false, errors: toPayloadErrors(DeclarationError, outcome.errors) });
  return Object.assign(payload, {
    declaration: toDeclarationType(outcome.value.record),
    ams: toAmsCallResult(outcome.value.ams),
    replayed: outcome.value.replayed,
    errors: [],
  });
}
