import type { KeyObject } from 'node:crypto';
import { formatSignatureHeader, signMessageAsync } from '../../src/ams/signing/index.js';

export interface SignedRequest {
  path: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * `count` pay requests for one access token, each with its own paymentRequestId, signed ahead of the run (on the
 * libuv pool) so that the load generator spends no CPU on RSA while it measures.
 */
export function signPayRequests(options: {
  count: number;
  clientId: string;
  merchantKey: KeyObject;
  accessToken: string;
  amount: { currency: string; value: string };
  requestIdPrefix: string;
}): Promise<SignedRequest[]> {
  const path = '/ams/sandbox/api/v1/payments/pay';
  return Promise.all(
    Array.from({ length: options.count }, async (_, i): Promise<SignedRequest> => {
      const body = JSON.stringify({
        productCode: 'AGREEMENT_PAYMENT',
        paymentRequestId: `${options.requestIdPrefix}_${i}`,
        paymentAmount: options.amount,
        paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: options.accessToken },
        order: { referenceOrderId: `ORDER_${i}`, orderDescription: 'bench', orderAmount: options.amount },
      });
      const time = String(Date.now());
      const signature = await signMessageAsync({ method: 'POST', path, clientId: options.clientId, time, body }, options.merchantKey);
      return {
        path,
        body,
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          'client-id': options.clientId,
          'request-time': time,
          signature: formatSignatureHeader(signature),
        },
      };
    }),
  );
}
