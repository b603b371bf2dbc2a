import { notifyUrlFor, type ApiHandler, type SandboxCore } from '../core.js';
import type { Fields } from '../pipeline/fields.js';
import { failed, ParamIllegal, respond, success } from '../results.js';
import { registrationScenario } from '../scenarios.js';
import { pspStatusOf, type Registration } from '../state/registrations.js';

const PRODUCT_CODES = ['AGREEMENT_PAYMENT', 'CASHIER_PAYMENT', 'IN_STORE_PAYMENT'] as const;
const WEBSITE_TYPES = ['COMPANY_INTRODUCE', 'TRADING'] as const;

function readMerchantInfo(info: Fields): string {
  const referenceMerchantId = info.string('referenceMerchantId', 64);
  info.optString('merchantDisplayName', 256);
  info.optString('merchantMCC', 32);
  for (const website of info.optObjectArray('websites', 20) ?? []) {
    website.url('url', 2048);
    website.optString('name', 256);
    website.optOneOf('type', WEBSITE_TYPES);
  }
  const address = info.optObject('merchantAddress');
  if (address) {
    const region = address.string('region', 2);
    if (!/^[A-Z]{2}$/.test(region)) throw new ParamIllegal(address.path('region'), 'must be ISO 3166 alpha-2');
  }
  info.optObject('registrationDetail')?.optString('legalName', 256);
  return referenceMerchantId;
}

/** notifyRegistrationStatus body (ams-spec §6.5). */
export function registrationStatusFields(registration: Registration): Record<string, unknown> {
  const pspStatus = pspStatusOf(registration);
  return {
    referenceMerchantId: registration.referenceMerchantId,
    registrationRequestId: registration.registrationRequestId,
    referenceStoreId: registration.referenceStoreId,
    registrationResult: { registrationStatus: registration.status, rejectReasons: registration.rejectReasons },
    pspRegistrationResultList:
      pspStatus === undefined
        ? []
        : [{ pspName: registration.pspName, registrationResult: { registrationStatus: pspStatus, rejectReasons: registration.rejectReasons } }],
  };
}

/** Asynchronous progression: PROCESSING → PENDING (wallet) → COMPLETED | REJECTED, then notifyRegistrationStatus. */
function scheduleProgress(core: SandboxCore, registration: Registration): void {
  const scenario = registrationScenario(registration.referenceMerchantId);
  const notify = () =>
    core.notifier.send(
      'notifyRegistrationStatus',
      registration.clientId,
      notifyUrlFor(core, registration.clientId, registration.notifyUrl),
      registrationStatusFields(registration),
    );
  core.scheduler.after(core.options.asyncDelayMs, () => {
    if (!core.registrations.advance(registration, 'PENDING') || scenario === 'pending') return;
    core.scheduler.after(core.options.asyncDelayMs, () => {
      const done =
        scenario === 'reject'
          ? core.registrations.advance(registration, 'REJECTED', 'sandbox scenario: referenceMerchantId contains REJECT')
          : core.registrations.advance(registration, 'COMPLETED');
      if (done) notify();
    });
  });
}

/** registration (ams-spec §5.11): S means accepted; the outcome arrives asynchronously. */
export const registration: ApiHandler = (core, { client, fields, now }) => {
  const registrationRequestId = fields.string('registrationRequestId', 64);
  const notifyUrl = fields.optUrl('registrationNotifyURL', 2048);
  const passThroughInfo = fields.optString('passThroughInfo', 2048);
  const info = fields.object('merchantInfo');
  const referenceMerchantId = readMerchantInfo(info);
  const productCodes = fields.stringArray('productCodes', { min: 1, max: 10, itemMax: 64, values: PRODUCT_CODES });
  const store = fields.optObject('storeInfo');
  if (productCodes.includes('IN_STORE_PAYMENT') && !store) {
    throw new ParamIllegal('storeInfo', 'is required when productCodes contains IN_STORE_PAYMENT');
  }
  const referenceStoreId = store?.optString('referenceStoreId', 32);
  const fingerprint = `${referenceMerchantId}|${[...productCodes].sort().join(',')}`;

  const existing = core.registrations.byRequest(client.clientId, registrationRequestId);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      return respond(failed('REPEAT_REQ_INCONSISTENT', 'registrationRequestId was used with different key parameters'));
    }
    return respond(success(), { passThroughInfo: existing.passThroughInfo });
  }
  const previous = core.registrations.latestFor(client.clientId, referenceMerchantId);
  // Re-registering is allowed after a rejection (the first submission had wrong data), not otherwise.
  if (previous && previous.status !== 'REJECTED') {
    return respond(failed('REPEAT_REGISTRATION', `referenceMerchantId ${referenceMerchantId} is already registered`));
  }
  const record: Registration = {
    clientId: client.clientId,
    registrationRequestId,
    referenceMerchantId,
    referenceStoreId,
    merchantInfo: fields.raw('merchantInfo'),
    productCodes,
    passThroughInfo,
    notifyUrl,
    status: 'PROCESSING',
    pspName: 'ALIPAY_CN',
    rejectReasons: undefined,
    createdAt: now,
    fingerprint,
  };
  core.registrations.add(record);
  scheduleProgress(core, record);
  return respond(success(), { passThroughInfo });
};
