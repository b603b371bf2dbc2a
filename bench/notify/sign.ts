import { formatSignatureHeader, signMessage } from '../../src/ams/index.js';
import { formatAmsDateTime } from '../../src/shared/time.js';

export interface SignedNotification {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A notifyPayment as AMS would send it for payment `PR_<n>`; `tag` travels in the AMS paymentId (into the event). */
export function signedPaymentNotification(merchantId: string, clientId: string, alipayKey: string, n: number, tag: string): SignedNotification {
  const path = `/ams/notify/${merchantId}/payment`;
  const body = JSON.stringify({
    notifyType: 'PAYMENT_RESULT',
    result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    paymentRequestId: `PR_${n}`,
    paymentId: tag,
    paymentAmount: { currency: 'PHP', value: '1000' },
    paymentTime: formatAmsDateTime(new Date()),
  });
  const time = formatAmsDateTime(new Date());
  const signature = formatSignatureHeader(signMessage({ method: 'POST', path, clientId, time, body }, alipayKey));
  return { path, body, headers: { 'content-type': 'application/json; charset=UTF-8', 'client-id': clientId, 'request-time': time, signature } };
}
