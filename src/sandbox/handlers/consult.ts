import type { ApiHandler } from '../core.js';
import { failed, respond, success } from '../results.js';
import { readEnv, readMerchantRegion, readRecurringPayment } from './contract-rules.js';
import { SCOPES, WALLETS } from './wallets.js';

/** consult (ams-spec §5.1): records the consent and returns the sandbox's authorization page as every URL kind. */
export const consult: ApiHandler = (core, { client, fields }) => {
  const customerBelongsTo = fields.string('customerBelongsTo', 64);
  const authRedirectUrl = fields.url('authRedirectUrl', 1024);
  const scopes = fields.stringArray('scopes', { min: 1, max: 4, itemMax: 64, values: SCOPES });
  const authState = fields.string('authState', 256);
  readEnv(fields);
  readEnv(fields.optObject('env'));
  const authClientId = fields.optString('authClientId', 64);
  const authNotifyUrl = fields.optUrl('authNotifyUrl', 2048);
  readMerchantRegion(client, fields);
  fields.optString('merchantAccountId', 64);
  readRecurringPayment(fields, customerBelongsTo);
  const authMetaData = fields.optObject('authMetaData');
  authMetaData?.optString('accountHolderName', 128);
  authMetaData?.optString('accountHolderCertNo', 64);

  if (!WALLETS.has(customerBelongsTo)) {
    return respond(failed('NO_PAY_OPTIONS', `customerBelongsTo ${customerBelongsTo} is not supported`));
  }
  if (authClientId !== undefined && core.registrations.latestFor(client.clientId, authClientId)?.status !== 'COMPLETED') {
    return respond(failed('MERCHANT_NOT_REGISTERED', `secondary merchant ${authClientId} has no completed registration`));
  }
  const consent = core.authorizations.upsertConsent({
    clientId: client.clientId,
    authState,
    authRedirectUrl,
    customerBelongsTo,
    scopes,
    authClientId,
    authNotifyUrl,
  });
  const pageUrl = `${core.publicUrl()}/__sandbox/authorize/${consent.consentId}`;
  return respond(success(), {
    authUrl: pageUrl,
    normalUrl: pageUrl,
    applinkUrl: pageUrl,
    appIdentifier: 'com.antom.sandbox.wallet',
    authCodeForm: { codeDetails: [{ codeValueType: 'QRCODE', codeValue: pageUrl, displayType: 'BIGIMAGE' }] },
  });
};
