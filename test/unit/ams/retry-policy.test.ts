import { describe, expect, it } from 'vitest';
import {
  AmsNotSentError,
  AmsOutcomeUnknownError,
  AmsResponseError,
  AmsSignatureError,
  backoffDelayMs,
  shouldRetryError,
  shouldRetryResult,
  type RetryOptions,
} from '../../../src/ams/client/index.js';
import { AMS_API_NAMES, isRepeatSafe } from '../../../src/ams/wire/endpoints.js';

const timeout = () => new AmsOutcomeUnknownError('TIMEOUT', 't');
const http = (status: number) => new AmsResponseError('HTTP_STATUS', 'h', { httpStatus: status });

describe('which APIs are repeat-safe', () => {
  it('all but applyToken', () => {
    expect(AMS_API_NAMES.filter((api) => !isRepeatSafe(api))).toEqual(['applyToken']);
  });
});

describe('shouldRetryError', () => {
  it('always retries never-sent errors, for every API', () => {
    for (const api of AMS_API_NAMES) {
      expect(shouldRetryError(api, new AmsNotSentError('CONNECTION_REFUSED', 'x'))).toBe(true);
      expect(shouldRetryError(api, new AmsNotSentError('DNS_FAILURE', 'x'))).toBe(true);
      expect(shouldRetryError(api, new AmsNotSentError('CONNECT_TIMEOUT', 'x'))).toBe(true);
    }
  });

  it('retries outcome-unknown errors only for repeat-safe APIs', () => {
    for (const api of AMS_API_NAMES) {
      expect(shouldRetryError(api, timeout())).toBe(isRepeatSafe(api));
      expect(shouldRetryError(api, new AmsOutcomeUnknownError('CONNECTION_RESET', 'r'))).toBe(isRepeatSafe(api));
      expect(shouldRetryError(api, new AmsResponseError('MALFORMED_RESPONSE', 'm'))).toBe(isRepeatSafe(api));
    }
  });

  it('retries transient HTTP statuses but not client errors', () => {
    for (const status of [408, 429, 500, 502, 503, 504, 599]) expect(shouldRetryError('pay', http(status))).toBe(true);
    for (const status of [400, 401, 403, 404, 405, 415]) expect(shouldRetryError('pay', http(status))).toBe(false);
    expect(shouldRetryError('applyToken', http(503))).toBe(false);
  });

  it('does not retry signature failures', () => {
    expect(shouldRetryError('inquiryPayment', new AmsSignatureError('SIGNATURE_INVALID', 's'))).toBe(false);
    expect(shouldRetryError('inquiryPayment', new AmsSignatureError('SIGNATURE_MISSING', 's'))).toBe(false);
  });
});

describe('shouldRetryResult', () => {
  it('never retries S or F', () => {
    for (const api of AMS_API_NAMES) {
      expect(shouldRetryResult(api, 'S', 'SUCCESS')).toBe(false);
      expect(shouldRetryResult(api, 'F', 'PROCESS_FAIL')).toBe(false);
      expect(shouldRetryResult(api, 'F', 'SYSTEM_ERROR')).toBe(false);
    }
  });

  it('retries a U only for repeat-safe APIs', () => {
    expect(shouldRetryResult('pay', 'U', 'UNKNOWN_EXCEPTION')).toBe(true);
    expect(shouldRetryResult('cancel', 'U', 'REQUEST_TRAFFIC_EXCEED_LIMIT')).toBe(true);
    expect(shouldRetryResult('inquiryRefund', 'U', 'UNKNOWN_EXCEPTION')).toBe(true);
    expect(shouldRetryResult('applyToken', 'U', 'UNKNOWN_EXCEPTION')).toBe(false);
  });

  it('does not resend an in-process U', () => {
    expect(shouldRetryResult('pay', 'U', 'PAYMENT_IN_PROCESS')).toBe(false);
    expect(shouldRetryResult('inquiryPayment', 'U', 'PAYMENT_IN_PROCESS')).toBe(false);
    expect(shouldRetryResult('refund', 'U', 'REFUND_IN_PROCESS')).toBe(false);
    expect(shouldRetryResult('applyToken', 'U', 'AUTH_IN_PROCESS')).toBe(false);
  });
});

describe('backoffDelayMs', () => {
  const options: RetryOptions = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('stays within [0, min(max, base·2^(n−1))] for every jitter value', () => {
    for (let retry = 1; retry <= 12; retry++) {
      const ceiling = Math.min(1_000, 100 * 2 ** (retry - 1));
      for (const random of [0, 0.25, 0.5, 0.999999]) {
        const delay = backoffDelayMs(retry, options, () => random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling + 1);
      }
      expect(backoffDelayMs(retry, options, () => 0.999999)).toBe(Math.floor(0.999999 * ceiling));
    }
  });

  it('grows exponentially, then caps', () => {
    const max = (retry: number) => backoffDelayMs(retry, options, () => 0.999999);
    expect([1, 2, 3, 4, 5, 6].map(max)).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it('does not overflow on large retry numbers', () => {
    expect(backoffDelayMs(10_000, options, () => 0.5)).toBe(500);
  });

  it('uses Math.random by default and stays in bounds', () => {
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelayMs(3, options);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(400);
    }
  });
});
