import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import type { InputChecker} from '../shared/input-checks.js';
import { type MoneyValue } from '../shared/input-checks.js';
import type { UserName } from '../../ams/index.js';
import { checkUserName, type UserNameInput } from '../shared/wire-inputs.js';
import type { DeclarationErrorCode } from './declaration-errors.js';

export const CERTIFICATE_TYPES = ['ID_CARD', 'PASSPORT', 'DRIVING_LICENSE', 'ENTERPRISE_REGISTRATION', 'LICENSE_INFO', 'CPF', 'CNPJ'] as const;

export interface DeclareInput {
  /** Our payment id (Payment.id). */
  paymentId: string;
  amount: { value: string; currency: string };
  customsCode: string;
  customsRegion?: string | null;
  merchantCustomsCode: string;
  merchantCustomsName: string;
  splitOrder?: boolean | null;
  subOrderId?: string | null;
  buyerCertificate?: { certificateType: string; certificateNo: string; holderName?: UserNameInput | null } | null;
  declarationRequestId?: string | null;
  idempotencyKey?: string | null;
}

export interface NormalisedDeclare {
  paymentId: string;
  amount: MoneyValue;
  customsCode: string;
  customsRegion: string;
  merchantCustomsCode: string;
  merchantCustomsName: string;
  splitOrder: boolean;
  subOrderId: string | null;
  buyerCertificate: { certificateType: string; certificateNo: string; holderName: UserName | null } | null;
  declarationRequestId: string | null;
  idempotencyKey: string | null;
}

export function checkDeclareInput(input: DeclareInput, check: InputChecker<DeclarationErrorCode>): NormalisedDeclare | null {
  const paymentId = check.required('paymentId', input.paymentId, 64);
  const amount = check.money('amount', input.amount);
  const customsCode = check.required('customsCode', input.customsCode, 128);
  const customsRegion = check.optional('customsRegion', input.customsRegion, 2) ?? 'CN';
  if (!/^[A-Z]{2}$/.test(customsRegion)) check.add('INVALID', 'customsRegion', `customsRegion "${customsRegion}" is not an ISO 3166 alpha-2 code`);
  const merchantCustomsCode = check.required('merchantCustomsCode', input.merchantCustomsCode, 128);
  const merchantCustomsName = check.required('merchantCustomsName', input.merchantCustomsName, 256);
  const splitOrder = input.splitOrder ?? false;
  const subOrderId = check.optional('subOrderId', input.subOrderId, 64);
  if (splitOrder && subOrderId === null) check.add('REQUIRED', 'subOrderId', 'subOrderId is required when splitOrder is true');
  let buyerCertificate: NormalisedDeclare['buyerCertificate'] = null;
  if (input.buyerCertificate) {
    const certificateType = check.oneOf('buyerCertificate.certificateType', input.buyerCertificate.certificateType, CERTIFICATE_TYPES);
    const certificateNo = check.required('buyerCertificate.certificateNo', input.buyerCertificate.certificateNo, 64);
    const holderName = checkUserName(check, 'buyerCertificate.holderName', input.buyerCertificate.holderName);
    if (certificateType && certificateNo) buyerCertificate = { certificateType, certificateNo, holderName };
  }
  const declarationRequestId = check.requestId('declarationRequestId', input.declarationRequestId, 32);
  const idempotencyKey = check.optional('idempotencyKey', input.idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
  if (!check.ok || !paymentId || !amount || !customsCode || !merchantCustomsCode || !merchantCustomsName) return null;
  return {
    paymentId,
    amount,
    customsCode,
    customsRegion,
    merchantCustomsCode,
    merchantCustomsName,
    splitOrder,
    subOrderId,
    buyerCertificate,
    declarationRequestId,
    idempotencyKey,
  };
}
