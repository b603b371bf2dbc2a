import { verifyNotification, type NotificationVerification, type RawNotification } from '../ams/index.js';
import type { VerificationKeys } from '../modules/inbox/verification-keys.js';

/**
 * Verifies with the merchant's current Alipay public key, then — only on a signature mismatch — with the keys of
 * its retired credential versions (Alipay may still sign with the old key while a rotation is under way). The
 * client-id header must be the merchant's.
 */
export function verifyForMerchant(raw: RawNotification, keys: VerificationKeys): NotificationVerification {
  let last: NotificationVerification | undefined;
  for (const key of keys.alipayPublicKeys) {
    last = verifyNotification(raw, { alipayPublicKey: key, expectedClientId: keys.clientId });
    if (last.ok || last.reason !== 'SIGNATURE_MISMATCH') return last;
  }
  return last ?? { ok: false, reason: 'SIGNATURE_MISMATCH', detail: 'the merchant has no Alipay public key' };
}
