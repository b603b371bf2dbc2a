import type { MerchantRegistrationInfo } from '../../ams/index.js';
import type { Outcome } from '../../modules/outcome.js';
import type { RegistrationErrorCode } from '../../modules/registrations/registration-errors.js';
import type { Registration } from '../../modules/registrations/registration.entity.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toOperationPayload } from '../operations/operation-payload.js';
import { toOperationRecordFields } from '../operations/operation-record.types.js';
import { RegistrationInfo, RegistrationPayload, RegistrationType } from './registration.types.js';

export function toRegistrationType(r: Registration): RegistrationType {
  return Object.assign(new RegistrationType(), toOperationRecordFields(r), {
    registrationRequestId: r.registrationRequestId,
    referenceMerchantId: r.referenceMerchantId,
    merchantDisplayName: r.merchantDisplayName,
    merchantMcc: r.merchantMcc,
    productCodes: r.productCodes,
    websiteUrl: r.websiteUrl,
    legalName: r.legalName,
    region: r.region,
    status: r.status,
    rejectReasons: r.rejectReasons,
  });
}

export function toRegistrationInfo(info: MerchantRegistrationInfo, productCodes: string[]): RegistrationInfo {
  return Object.assign(new RegistrationInfo(), {
    referenceMerchantId: info.referenceMerchantId,
    merchantDisplayName: info.merchantDisplayName ?? null,
    merchantMcc: info.merchantMCC ?? null,
    websiteUrls: (info.websites ?? []).map((w) => w.url),
    legalName: info.registrationDetail?.legalName ?? null,
    productCodes,
    merchantInfo: info as unknown as Record<string, unknown>,
  });
}

export function toRegistrationPayload(outcome: Outcome<OperationResult<Registration>, RegistrationErrorCode>): RegistrationPayload {
  return toOperationPayload(RegistrationPayload, outcome, toRegistrationType);
}
