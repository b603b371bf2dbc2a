import { column } from '../../persistence/columns.js';
import { OperationRecord, operationRecordSchema } from '../shared/aggregate-columns.js';
import type { DeclarationStatus } from './declaration-status.js';

/**
 * One customs declaration of a successful payment. The buyer's certificate number is passed to AMS but not
 * stored (we keep only its type): it is personal data we have no later use for.
 */
export class Declaration extends OperationRecord<DeclarationStatus> {
  paymentId!: string;
  declarationRequestId!: string;
  amountValue!: string;
  currency!: string;
  customsCode!: string;
  customsRegion!: string;
  merchantCustomsCode!: string;
  merchantCustomsName!: string;
  splitOrder: boolean = false;
  subOrderId: string | null = null;
  buyerCertificateType: string | null = null;
  customsPaymentId: string | null = null;
  customsOrderId: string | null = null;
  identityCheckResult: string | null = null;
  customsResultCode: string | null = null;
  customsResultDescription: string | null = null;
}

export const DeclarationSchema = operationRecordSchema(Declaration, 'declarations', {
  uniques: [{ name: 'declarations_merchant_declaration_request_id_unique', properties: ['merchantId', 'declarationRequestId'] }],
  indexes: [
    { name: 'declarations_payment_id_id_index', properties: ['paymentId', 'id'] },
  ],
  properties: {
    paymentId: column.text,
    declarationRequestId: column.text,
    amountValue: column.money,
    currency: column.text,
    customsCode: column.text,
    customsRegion: column.text,
    merchantCustomsCode: column.text,
    merchantCustomsName: column.text,
    splitOrder: { type: 'boolean', default: false },
    subOrderId: column.optionalText,
    buyerCertificateType: column.optionalText,
    customsPaymentId: column.optionalText,
    customsOrderId: column.optionalText,
    identityCheckResult: column.optionalText,
    customsResultCode: column.optionalText,
    customsResultDescription: column.optionalText,
  },
});
