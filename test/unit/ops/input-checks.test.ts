import { describe, expect, it } from 'vitest';
import { inputHash } from '../../../src/modules/shared/idempotency.js';
import { InputChecker } from '../../../src/modules/shared/input-checks.js';
import { unresolvedReason } from '../../../src/modules/shared/ams-call.js';

describe('InputChecker.money', () => {
  const check = (value: string, currency = 'USD') => {
    const checker = new InputChecker<never>();
    return { money: checker.money('amount', { value, currency }), problems: checker.problems };
  };

  it('accepts positive whole minor units and normalises leading zeros', () => {
    expect(check('000150').money).toEqual({ value: '150', currency: 'USD' });
    expect(check('999999999999999', 'JPY').money).toEqual({ value: '999999999999999', currency: 'JPY' });
  });

  it.each([
    ['1.5', 'not a whole number'],
    ['', 'not a whole number'],
    [' 12 3', 'not a whole number'],
    ['0', 'greater than 0'],
    ['0000', 'greater than 0'],
    ['1000000000000000', 'more than 15 digits'],
  ])('refuses value %j (%s)', (value, expected) => {
    const { money, problems } = check(value);
    expect(money).toBeUndefined();
    expect(problems).toEqual([{ code: 'INVALID', field: 'amount.value', message: expect.stringContaining(expected) }]);
  });

  it.each(['US', 'usd', 'XXXX', 'ABC'])('refuses currency %j', (currency) => {
    expect(check('100', currency).problems[0]).toMatchObject({ code: 'INVALID', field: 'amount.currency' });
  });
});

describe('InputChecker strings', () => {
  it('names the field, the length and the limit', () => {
    const checker = new InputChecker<never>();
    checker.required('orderDescription', 'x'.repeat(300), 256);
    checker.required('referenceOrderId', '  ', 64);
    checker.requestId('paymentRequestId', 'has/slash', 64);
    expect(checker.problems).toEqual([
      { code: 'TOO_LONG', field: 'orderDescription', message: 'orderDescription is 300 characters long; at most 256 are allowed' },
      { code: 'REQUIRED', field: 'referenceOrderId', message: 'referenceOrderId is required' },
      { code: 'INVALID', field: 'paymentRequestId', message: expect.stringContaining('"has/slash"') },
    ]);
  });
});

describe('inputHash', () => {
  it('ignores key order and undefined fields, and separates operations', () => {
    expect(inputHash('pay', { a: 1, b: { c: 2, d: undefined } })).toBe(inputHash('pay', { b: { c: 2 }, a: 1 }));
    expect(inputHash('pay', { a: 1 })).not.toBe(inputHash('refund', { a: 1 }));
    expect(inputHash('pay', { a: 1 })).not.toBe(inputHash('pay', { a: 2 }));
  });
});

describe('unresolvedReason', () => {
  it('reads like the code AMS or the transport gave', () => {
    expect(unresolvedReason({ kind: 'U', code: 'PAYMENT_IN_PROCESS' })).toBe('U PAYMENT_IN_PROCESS');
    expect(unresolvedReason({ kind: 'UNKNOWN', code: 'TIMEOUT' })).toBe('TIMEOUT');
    expect(unresolvedReason({ kind: 'UNKNOWN', code: 'CONNECTION_RESET' })).toBe('UNKNOWN CONNECTION_RESET');
  });
});
