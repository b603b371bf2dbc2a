import { describe, expect, it } from 'vitest';
import { checkAccessToken, type Token } from '../../../src/sandbox/state/authorizations.js';
import { BoundedMap } from '../../../src/sandbox/state/bounded-map.js';
import {
  canTransition,
  cancelRefusal,
  refundRefusal,
  transitionPayment,
  type Payment,
  type PaymentStatus,
  type Refund,
} from '../../../src/sandbox/state/payments.js';
import { canAdvanceRegistration } from '../../../src/sandbox/state/registrations.js';

const t0 = new Date('2024-01-01T04:00:00Z'); // 12:00 UTC+8

function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    clientId: 'C',
    paymentId: 'P1',
    paymentRequestId: 'R1',
    amount: { currency: 'PHP', value: '10000' },
    paymentMethodType: 'GCASH',
    paymentMethodId: 'T',
    referenceOrderId: 'O',
    status: 'PROCESSING',
    resultCode: 'PAYMENT_IN_PROCESS',
    resultMessage: '',
    createdAt: t0,
    paidAt: undefined,
    failedAt: undefined,
    cancelledAt: undefined,
    expiresAt: new Date(t0.getTime() + 60_000),
    notifyUrl: undefined,
    userLoginId: undefined,
    refunds: [],
    fingerprint: '',
    completesOnRetry: false,
    cancelTimers: [],
    ...overrides,
  };
}

const refund = (value: string, status: Refund['status'] = 'SUCCESS'): Refund => ({
  clientId: 'C',
  refundId: `RF${value}`,
  refundRequestId: `RR${value}`,
  paymentId: 'P1',
  amount: { currency: 'PHP', value },
  status,
  resultCode: status,
  resultMessage: '',
  createdAt: t0,
  finishedAt: t0,
  notifyUrl: undefined,
  referenceRefundId: undefined,
  refundReason: undefined,
  fingerprint: '',
});

describe('payment state machine (ams-spec §10.2)', () => {
  const all: PaymentStatus[] = ['PROCESSING', 'SUCCESS', 'FAIL', 'CANCELLED'];
  it('allows exactly PROCESSING→{SUCCESS,FAIL,CANCELLED} and SUCCESS→CANCELLED', () => {
    const allowed = all.flatMap((from) => all.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['PROCESSING→SUCCESS', 'PROCESSING→FAIL', 'PROCESSING→CANCELLED', 'SUCCESS→CANCELLED']);
  });

  it('is monotonic: a final payment ignores later transitions and its timers are cancelled', () => {
    let cancelled = 0;
    const p = payment({ cancelTimers: [() => cancelled++] });
    expect(transitionPayment(p, 'FAIL', t0, 'ORDER_IS_CLOSED')).toBe(true);
    expect(cancelled).toBe(1);
    expect(transitionPayment(p, 'SUCCESS', t0)).toBe(false);
    expect(p.status).toBe('FAIL');
    expect(p.resultCode).toBe('ORDER_IS_CLOSED');
  });

  it('records times per transition', () => {
    const p = payment();
    transitionPayment(p, 'SUCCESS', t0);
    expect(p.paidAt).toBe(t0);
    transitionPayment(p, 'CANCELLED', t0);
    expect([p.status, p.resultCode, p.cancelledAt]).toEqual(['CANCELLED', 'ORDER_IS_CANCELED', t0]);
  });
});

describe('cancel rules (ams-spec §5.6, §7.2)', () => {
  it('allows a processing or paid payment within the window, idempotently after a cancel', () => {
    expect(cancelRefusal(payment(), t0)).toBeNull();
    expect(cancelRefusal(payment({ status: 'SUCCESS', paidAt: t0 }), t0)).toBeNull();
    expect(cancelRefusal(payment({ status: 'CANCELLED' }), new Date('2030-01-01T00:00:00Z'))).toBeNull();
  });

  it('refuses failed payments, refunded ones and the window past T+1 00:15 UTC+8', () => {
    expect(cancelRefusal(payment({ status: 'FAIL' }), t0)?.resultCode).toBe('ORDER_STATUS_INVALID');
    expect(cancelRefusal(payment({ status: 'SUCCESS', paidAt: t0, refunds: [refund('1')] }), t0)?.resultCode).toBe('PROCESS_FAIL');
    expect(cancelRefusal(payment({ status: 'SUCCESS', paidAt: t0, refunds: [refund('1', 'FAIL')] }), t0)).toBeNull();
    expect(cancelRefusal(payment({ status: 'SUCCESS', paidAt: t0 }), new Date('2024-01-01T16:15:01Z'))?.resultCode).toBe('CANCEL_WINDOW_EXCEED');
  });
});

describe('refund rules (ams-spec §7.3)', () => {
  const paid = (refunds: Refund[] = []) => payment({ status: 'SUCCESS', paidAt: t0, refunds });
  const amount = (value: string, currency = 'PHP') => ({ currency, value });

  it('allows partial refunds while the sum of succeeded and pending ones stays ≤ paid', () => {
    expect(refundRefusal(paid([refund('4000'), refund('3000', 'PROCESSING')]), amount('3000'), t0)).toBeNull();
    expect(refundRefusal(paid([refund('4000'), refund('3000', 'PROCESSING')]), amount('3001'), t0)?.resultCode).toBe('REFUND_AMOUNT_EXCEED');
    expect(refundRefusal(paid([refund('9000', 'FAIL')]), amount('10000'), t0)).toBeNull();
  });

  it('refuses unpaid, cancelled, closed payments, other currencies and the 12-month window', () => {
    expect(refundRefusal(payment(), amount('1'), t0)?.resultCode).toBe('ORDER_STATUS_INVALID');
    expect(refundRefusal(payment({ status: 'CANCELLED' }), amount('1'), t0)?.resultCode).toBe('ORDER_IS_CANCELED');
    expect(refundRefusal(payment({ status: 'FAIL', resultCode: 'ORDER_IS_CLOSED' }), amount('1'), t0)?.resultCode).toBe('ORDER_IS_CLOSED');
    expect(refundRefusal(paid(), amount('1', 'USD'), t0)?.resultCode).toBe('CURRENCY_NOT_SUPPORT');
    expect(refundRefusal(paid(), amount('1'), new Date('2025-01-01T04:00:00Z'))).toBeNull();
    expect(refundRefusal(paid(), amount('1'), new Date('2025-01-01T04:00:00.001Z'))?.resultCode).toBe('REFUND_WINDOW_EXCEED');
  });
});

describe('tokens and registrations', () => {
  const token = (overrides: Partial<Token> = {}): Token => ({
    clientId: 'C',
    accessToken: 'A',
    refreshToken: 'R',
    customerBelongsTo: 'GCASH',
    accessTokenExpiresAt: new Date(t0.getTime() + 1000),
    refreshTokenExpiresAt: new Date(t0.getTime() + 2000),
    status: 'ACTIVE',
    userLoginId: 'u',
    consentId: 'c',
    authNotifyUrl: undefined,
    ...overrides,
  });

  it('accepts only an active, unexpired token of the same client', () => {
    expect(checkAccessToken(token(), 'C', t0).ok).toBe(true);
    expect(checkAccessToken(token(), 'OTHER', t0).ok).toBe(false);
    expect(checkAccessToken(undefined, 'C', t0).ok).toBe(false);
    expect(checkAccessToken(token({ status: 'REVOKED' }), 'C', t0).ok).toBe(false);
    expect(checkAccessToken(token({ status: 'REPLACED' }), 'C', t0).ok).toBe(false);
    expect(checkAccessToken(token(), 'C', new Date(t0.getTime() + 1001)).ok).toBe(false);
  });

  it('advances registrations PROCESSING → PENDING → COMPLETED | REJECTED only', () => {
    expect(canAdvanceRegistration('PROCESSING', 'PENDING')).toBe(true);
    expect(canAdvanceRegistration('PENDING', 'COMPLETED')).toBe(true);
    expect(canAdvanceRegistration('PENDING', 'REJECTED')).toBe(true);
    expect(canAdvanceRegistration('PROCESSING', 'COMPLETED')).toBe(false);
    expect(canAdvanceRegistration('COMPLETED', 'REJECTED')).toBe(false);
  });
});

describe('BoundedMap', () => {
  it('evicts the least recently used entry past its limit', () => {
    const evicted: string[] = [];
    const map = new BoundedMap<string, number>(2, (key) => evicted.push(key));
    map.set('a', 1);
    map.set('b', 2);
    map.get('a');
    map.set('c', 3);
    expect(evicted).toEqual(['b']);
    expect([map.has('a'), map.has('b'), map.has('c'), map.size]).toEqual([true, false, true, 2]);
  });
});
