import { column } from '../../persistence/columns.js';
import type { MerchantRegistrationInfo } from '../../ams/index.js';
import { OperationRecord, operationRecordSchema } from '../shared/aggregate-columns.js';
import type { RegistrationStatus } from './registration-status.js';

/** One secondary-merchant registration request; the outcome arrives asynchronously. */
export class Registration extends OperationRecord<RegistrationStatus> {
  registrationRequestId!: string;
  referenceMerchantId!: string;
  merchantDisplayName!: string;
  merchantMcc: string | null = null;
  productCodes: string[] = [];
  websiteUrl: string | null = null;
  legalName: string | null = null;
  region: string | null = null;
  rejectReasons: string | null = null;
  /** merchantInfo exactly as sent (Java MerchantRegistrationInfo.java). */
  merchantInfo: MerchantRegistrationInfo | null = null;
  passThroughInfo: string | null = null;
}

export const RegistrationSchema = operationRecordSchema(Registration, 'registrations', {
  uniques: [{ name: 'registrations_merchant_registration_request_id_unique', properties: ['merchantId', 'registrationRequestId'] }],
  indexes: [
    { name: 'registrations_merchant_id_reference_merchant_id_id_index', properties: ['merchantId', 'referenceMerchantId', 'id'] },
  ],
  properties: {
    registrationRequestId: column.text,
    referenceMerchantId: column.text,
    merchantDisplayName: column.text,
    merchantMcc: column.optionalText,
    productCodes: column.json,
    websiteUrl: column.optionalText,
    legalName: column.optionalText,
    region: column.optionalText,
    rejectReasons: column.optionalText,
    merchantInfo: column.optionalJson,
    passThroughInfo: column.optionalText,
  },
});
