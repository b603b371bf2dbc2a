import { EntitySchema } from '@mikro-orm/core';
import { commonColumns, moneyColumn, OperationRecord, statusListIndex } from '../shared/aggregate-columns.js';
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

export const DeclarationSchema = new EntitySchema<Declaration>({
  class: Declaration,
  tableName: 'declarations',
  uniques: [
    { name: 'declarations_merchant_declaration_request_id_unique', properties: ['merchantId', 'declarationRequestId'] },
    { name: 'declarations_merchant_idempotency_key_unique', properties: ['merchantId', 'idempotencyKey'] },
  ],
  indexes: [
    { name: 'declarations_merchant_id_id_index', properties: ['merchantId', 'id'] },
    statusListIndex('declarations'),
    { name: 'declarations_payment_id_id_index', properties: ['paymentId', 'id'] },
  ],
  properties: {
    ...commonColumns(),
    paymentId: { type: 'string', columnType: 'text' },
    declarationRequestId: { type: 'string', columnType: 'text' },
    amountValue: moneyColumn,
    currency: { type: 'string', columnType: 'text' },
    customsCode: { type: 'string', columnType: 'text' },
    customsRegion: { type: 'string', columnType: 'text' },
    merchantCustomsCode: { type: 'string', columnType: 'text' },
    merchantCustomsName: { type: 'string', columnType: 'text' },
    splitOrder: { type: 'boolean', default: false },
    subOrderId: { type: 'string', columnType: 'text', nullable: true },
    buyerCertificateType: { type: 'string', columnType: 'text', nullable: true },
    customsPaymentId: { type: 'string', columnType: 'text', nullable: true },
    customsOrderId: { type: 'string', columnType: 'text', nullable: true },
    identityCheckResult: { type: 'string', columnType: 'text', nullable: true },
    customsResultCode: { type: 'string', columnType: 'text', nullable: true },
    customsResultDescription: { type: 'string', columnType: 'text', nullable: true },
  },
});
