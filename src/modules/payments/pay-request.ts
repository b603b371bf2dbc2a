import type { AmsRequestOf } from '../../ams/index.js';
import type { Authorization } from '../authorizations/authorization.entity.js';
import { loadWithSecrets } from '../authorizations/load-authorization.js';
import { openToken } from '../authorizations/token-secrets.js';
import type { RequestScope } from '../request-scope.js';
import { notifyUrl } from '../shared/notify-urls.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { formatAmsDateTime } from '../../shared/time.js';
import type { Payment } from './payment.entity.js';

/** What a pay request needs of its authorization. */
export type PayingAuthorization = Pick<Authorization, 'id' | 'authClientId' | 'accessTokenEncrypted'>;

/**
 * The pay request for a stored payment, rebuilt from what was persisted: the first send and every resend with the
 * same paymentRequestId carry identical parameters (house rule 6), so AMS's idempotency applies.
 */
export async function payRequestFor(
  deps: OperationDeps,
  scope: RequestScope,
  record: Payment,
  /** The authorization as just read and checked (pay's intent transaction): saves a round trip when it has the token. */
  preloaded?: PayingAuthorization,
): Promise<AmsRequestOf<'pay'>> {
  const authorization = preloaded?.accessTokenEncrypted ? preloaded : await loadWithSecrets(scope.em.fork(), record.authorizationId);
  if (!authorization?.accessTokenEncrypted) throw new Error(`authorization ${record.authorizationId} lost its access token`);
  const paymentNotifyUrl = notifyUrl(deps.publicBaseUrl, record.merchantId, 'payment');
  const amount = { currency: record.currency, value: record.amountValue };
  const { merchant: orderMerchant, ...orderRisk } = record.orderDetails ?? {};
  // AMS requires the consult's authClientId again as the order's secondary merchant (ams-spec §7.8); a caller's own
  // referenceMerchantId is sent as given (AMS refuses one that is not the authorization's).
  const referenceMerchantId = orderMerchant?.referenceMerchantId ?? authorization.authClientId ?? undefined;
  const merchant = orderMerchant || referenceMerchantId ? { ...(referenceMerchantId ? { referenceMerchantId } : {}), ...orderMerchant } : undefined;
  return {
    productCode: 'AGREEMENT_PAYMENT',
    paymentRequestId: record.paymentRequestId,
    paymentAmount: amount,
    paymentMethod: {
      paymentMethodType: record.paymentMethodType,
      paymentMethodId: openToken(deps.encryptor, authorization.id, 'access_token', authorization.accessTokenEncrypted),
    },
    order: {
      referenceOrderId: record.referenceOrderId,
      orderDescription: record.orderDescription,
      orderAmount: amount,
      ...(merchant ? { merchant } : {}),
      ...orderRisk,
    },
    ...(paymentNotifyUrl ? { paymentNotifyUrl } : {}),
    ...(record.paymentExpiryTime ? { paymentExpiryTime: formatAmsDateTime(record.paymentExpiryTime) } : {}),
    ...(record.settlementCurrency ? { settlementStrategy: { settlementCurrency: record.settlementCurrency } } : {}),
    ...(record.merchantRegion ? { merchantRegion: record.merchantRegion } : {}),
    ...(record.userRegion ? { userRegion: record.userRegion } : {}),
  };
}
