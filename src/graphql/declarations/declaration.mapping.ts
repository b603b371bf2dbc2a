import type { DeclarationErrorCode } from '../../modules/declarations/declaration-errors.js';
import type { Declaration } from '../../modules/declarations/declaration.entity.js';
import type { Outcome } from '../../modules/outcome.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toOperationPayload } from '../operations/operation-payload.js';
import { toOperationRecordFields } from '../operations/operation-record.types.js';
import { toMoney } from '../operations/operation-types.js';
import { DeclarationPayload, DeclarationType } from './declaration.types.js';

export function toDeclarationType(d: Declaration): DeclarationType {
  return Object.assign(new DeclarationType(), toOperationRecordFields(d), {
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
    customsPaymentId: d.customsPaymentId,
    customsOrderId: d.customsOrderId,
    identityCheckResult: d.identityCheckResult,
    customsResultCode: d.customsResultCode,
    customsResultDescription: d.customsResultDescription,
  });
}

export function toDeclarationPayload(outcome: Outcome<OperationResult<Declaration>, DeclarationErrorCode>): DeclarationPayload {
  return toOperationPayload(DeclarationPayload, outcome, toDeclarationType);
}
