/** The AMS notification kinds the gateway receives, one path segment each. */
export type NotifyKind = 'payment' | 'refund' | 'authorization' | 'registration';

/**
 * Where AMS should send a merchant's notifications: `PUBLIC_BASE_URL/ams/notify/<merchantId>/<kind>`. Routing by
 * merchant in the path lets the receiver pick the right Alipay public key before parsing anything. Undefined when
 * no public base URL is configured (AMS then uses the URL from its dashboard).
 */
export function notifyUrl(publicBaseUrl: string | undefined, merchantId: string, kind: NotifyKind): string | undefined {
  if (!publicBaseUrl) return undefined;
  return `${publicBaseUrl.replace(/\/+$/, '')}/ams/notify/${encodeURIComponent(merchantId)}/${kind}`;
}
