import { describe, expect, it } from 'vitest';
import { notificationIdentity } from '../../../src/modules/inbox/notification-identity.js';
import { parseRequestTime, withinSkew } from '../../../src/notifications/request-time.js';

const ok = { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' };

describe('notification identity', () => {
  it('is the same for a resend (other bytes, same fact) and differs for a new fact about the same payment', () => {
    const result = { notifyType: 'PAYMENT_RESULT', result: ok, paymentRequestId: 'R1', paymentId: 'P1' };
    const resent = { paymentId: 'P1', paymentRequestId: 'R1', result: { ...ok, resultMessage: 'Success.' }, notifyType: 'PAYMENT_RESULT', extra: 1 };
    const pending = { ...result, notifyType: 'PAYMENT_PENDING' };
    expect(notificationIdentity('payment', resent)).toBe(notificationIdentity('payment', result));
    expect(notificationIdentity('payment', pending)).not.toBe(notificationIdentity('payment', result));
  });

  it('never carries an authCode or access token in clear', () => {
    const id = notificationIdentity('authorization', { authorizationNotifyType: 'AUTHCODE_CREATED', authCode: 'SECRETCODE', authState: 's1' });
    const cancel = notificationIdentity('authorization', { authorizationNotifyType: 'TOKEN_CANCELED', accessToken: 'SECRETTOKEN' });
    expect(id).not.toContain('SECRETCODE');
    expect(cancel).not.toContain('SECRETTOKEN');
  });
});

describe('request-time window', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('accepts ISO-8601 with offset and epoch milliseconds', () => {
    expect(parseRequestTime('2026-01-01T08:00:00+08:00')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(parseRequestTime(String(now.getTime()))?.getTime()).toBe(now.getTime());
    expect(parseRequestTime('yesterday')).toBeNull();
  });
  it('refuses outside the window either way, and not at all with 0', () => {
    expect(withinSkew('2026-01-01T00:14:59Z', now, 900)).toBe(true);
    expect(withinSkew('2026-01-01T00:15:01Z', now, 900)).toBe(false);
    expect(withinSkew('2025-12-31T23:44:59Z', now, 900)).toBe(false);
    expect(withinSkew('2020-01-01T00:00:00Z', now, 0)).toBe(true);
    expect(withinSkew('garbage', now, 900)).toBe(false);
  });
});
