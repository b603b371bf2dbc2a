import { createHash } from 'node:crypto';
import type { NotificationKindName } from './inbox.entity.js';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const obj = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * What makes two deliveries "the same notification": the business object it is about plus the fact it reports —
 * not the bytes. AMS resends a notification with a fresh request-time and signature (and might re-serialise it), and
 * those must be duplicates; but PAYMENT_PENDING then PAYMENT_RESULT, or a refund's FAIL after its PROCESSING, are
 * new facts about the same object and must be recorded (and applied) on their own.
 *
 * Secrets in the key are hashed (the authCode of AUTHCODE_CREATED, the token of TOKEN_CANCELED).
 */
export function notificationIdentity(kind: NotificationKindName, body: Record<string, unknown>): string {
  const result = obj(body['result']);
  const outcome = `${str(result['resultStatus'])}:${str(result['resultCode'])}`;
  switch (kind) {
    case 'payment':
      return ['payment', str(body['paymentId']) || str(body['paymentRequestId']), str(body['notifyType']), outcome].join('|');
    case 'refund':
      return ['refund', str(body['refundId']) || str(body['refundRequestId']), str(body['refundStatus']), outcome].join('|');
    case 'authorization': {
      const type = str(body['authorizationNotifyType']);
      const subject = type === 'TOKEN_CANCELED' || type === 'TOKEN_CREATED' ? sha(str(body['accessToken'])) : sha(str(body['authCode']));
      return ['authorization', type, str(body['authState']), subject].join('|');
    }
    case 'registration': {
      const registration = obj(body['registrationResult']);
      return ['registration', str(body['registrationRequestId']) || str(body['referenceMerchantId']), str(registration['registrationStatus'])].join('|');
    }
  }
}
