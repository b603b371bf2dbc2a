import type { ApiHandler } from '../core.js';
import { failed, respond, success } from '../results.js';
import { recordNamedBy } from './record-ids.js';
import { registrationStatusFields } from './registration.js';

/** inquiryRegistrationStatus (ams-spec §5.12): by request id, else the merchant's latest registration. */
export const inquiryRegistrationStatus: ApiHandler = (core, { client, fields }) => {
  const named = recordNamedBy(fields, ['registrationRequestId', 'referenceMerchantId'], { name: 'referenceStoreId', max: 32 });
  const found =
    named.by === 'registrationRequestId'
      ? core.registrations.byRequest(client.clientId, named.id)
      : core.registrations.latestFor(client.clientId, named.id);
  if (!found) return respond(failed('RECORD_NOT_FOUND', 'no registration found'));
  const { registrationResult, pspRegistrationResultList } = registrationStatusFields(found);
  return respond(success(), { registrationResult, pspRegistrationResultList });
};

/** inquiryRegistrationInfo (ams-spec §5.13): the registered information once COMPLETED, else only the result. */
export const inquiryRegistrationInfo: ApiHandler = (core, { client, fields }) => {
  const referenceMerchantId = fields.string('referenceMerchantId', 64);
  fields.optString('referenceStoreId', 32);
  const found = core.registrations.latestFor(client.clientId, referenceMerchantId);
  if (!found) return respond(failed('RECORD_NOT_FOUND', 'no registration found for referenceMerchantId'));
  if (found.status !== 'COMPLETED') return respond(success());
  return respond(success(), { merchantInfo: found.merchantInfo, productCodes: found.productCodes });
};
