import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_ACK_BODY,
  buildNotificationAck,
  classifyNotification,
  missingNotificationFields,
  rawNotificationFromHeaders,
  verifyNotification,
} from '../../../src/ams/notifications/index.js';
import { formatSignatureHeader, signMessage } from '../../../src/ams/signing/index.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';

const keys = amsTestKeys();

describe('notification acknowledgement', () => {
  it('is the fixed body with informational headers', () => {
    const ack = buildNotificationAck({ clientId: 'C1', now: new Date('2024-01-01T04:00:00Z') });
    expect(ack).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json; charset=UTF-8', 'response-time': '2024-01-01T12:00:00+08:00', 'client-id': 'C1' },
      body: NOTIFICATION_ACK_BODY,
    });
  });
});

describe('verifyNotification', () => {
  const body = Buffer.from('{"notifyType":"PAYMENT_RESULT"}', 'utf8');
  const signature = formatSignatureHeader(
    signMessage({ method: 'POST', path: '/notify?a=1', clientId: 'C1', time: '1700000000000', body }, keys.alipay.privateKey),
  );

  it('accepts a correct signature and parses the body', () => {
    const raw = rawNotificationFromHeaders('POST', '/notify?a=1', { 'client-id': 'C1', 'request-time': '1700000000000', signature }, body);
    expect(verifyNotification(raw, { alipayPublicKey: keys.alipay.publicKey })).toEqual({
      ok: true,
      clientId: 'C1',
      requestTime: '1700000000000',
      keyVersion: '1',
      body: { notifyType: 'PAYMENT_RESULT' },
    });
  });

  it('rejects other methods and repeated security headers', () => {
    const get = rawNotificationFromHeaders('GET', '/notify?a=1', { 'client-id': 'C1', 'request-time': '1700000000000', signature }, body);
    expect(verifyNotification(get, { alipayPublicKey: keys.alipay.publicKey })).toMatchObject({ ok: false, reason: 'METHOD_NOT_POST' });
    const repeated = rawNotificationFromHeaders(
      'POST',
      '/notify?a=1',
      { 'client-id': 'C1', 'request-time': '1700000000000', signature: [signature, signature] },
      body,
    );
    expect(verifyNotification(repeated, { alipayPublicKey: keys.alipay.publicKey })).toMatchObject({ ok: false, reason: 'MISSING_SIGNATURE' });
  });

  it('rejects an unsupported algorithm', () => {
    const raw = rawNotificationFromHeaders(
      'POST',
      '/notify?a=1',
      { 'client-id': 'C1', 'request-time': '1700000000000', signature: signature.replace('RSA256', 'ECC224') },
      body,
    );
    expect(verifyNotification(raw, { alipayPublicKey: keys.alipay.publicKey })).toMatchObject({ ok: false, reason: 'UNSUPPORTED_ALGORITHM' });
  });
});

describe('classifyNotification and shape checks', () => {
  it('tells the four kinds apart', () => {
    expect(classifyNotification({ notifyType: 'PAYMENT_RESULT', paymentId: 'P' })).toBe('notifyPayment');
    expect(classifyNotification({ notifyType: 'PAYMENT_PENDING', paymentRequestId: 'R' })).toBe('notifyPayment');
    expect(classifyNotification({ notifyType: 'REFUND_RESULT', refundId: 'F' })).toBe('notifyRefund');
    expect(classifyNotification({ authorizationNotifyType: 'TOKEN_CANCELED' })).toBe('notifyAuthorization');
    expect(classifyNotification({ registrationRequestId: 'G', registrationResult: {} })).toBe('notifyRegistrationStatus');
    expect(classifyNotification({})).toBeUndefined();
  });

  it('names the missing field', () => {
    expect(missingNotificationFields('notifyPayment', { notifyType: 'PAYMENT_RESULT', paymentId: 'P' })).toBe('result');
    expect(
      missingNotificationFields('notifyPayment', {
        notifyType: 'PAYMENT_RESULT',
        paymentId: 'P',
        result: { resultCode: 'SUCCESS', resultStatus: 'S' },
      }),
    ).toBeUndefined();
    expect(missingNotificationFields('notifyRefund', { result: { resultCode: 'SUCCESS', resultStatus: 'S' } })).toBe(
      'refundId/refundRequestId',
    );
    expect(missingNotificationFields('notifyAuthorization', {})).toBe('authorizationNotifyType');
    expect(missingNotificationFields('notifyRegistrationStatus', { referenceMerchantId: 'M' })).toBeUndefined();
  });
});
