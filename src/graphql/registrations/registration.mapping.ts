import type { MerchantRegistrationInfo } from '../../ams/index.js';
import type { Outcome } from '../../modules/outcome.js';
import type { RegistrationErrorCode } from '../../modules/registrations/registration-errors.js';
import type { Registration } from '../../modules/registrations/registration.entity.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { toAmsCallResult, toFailure } from '../operations/operation-types.js';
import { RegistrationError, RegistrationInfo, RegistrationPayload, RegistrationType } from './registration.types.js';

export function toRegistrationType(r: Registration): RegistrationType {
  return Object.assign(new RegistrationType(), {
    id: r.id,
    merchantId: r.merchantId,
    registrationRequestId: r.registrationRequestId,
    referenceMerchantId: r.referenceMerchantId,
    merchantDisplayName: r.merchantDisplayName,
    merchantMcc: r.merchantMcc,
    productCodes: r.productCodes,
    websiteUrl: r.websiteUrl,
    legalName: r.legalName,
    region: r.region,
    status: r.status,
    statusReason: r.statusReason,
    failure: toFailure(r),
    rejectReasons: r.rejectReasons,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
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
  const payload = new RegistrationPayload();
  if (!outcome.ok) return Object.assign(payload, { registration: null, ams: null, replayed: false, errors: toPayloadErrors(RegistrationError, outcome.errors) });
  return Object.assign(payload, {
    registration: toRegistrationType(outcome.value.record),
    ams: toAmsCallResult(outcome.value.ams),
    replayed: outcome.value.replayed,
    errors: [],
  });
}
