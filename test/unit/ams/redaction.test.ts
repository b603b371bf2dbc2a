import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaders, redactSecrets } from '../../../src/ams/client/index.js';
import { Secret } from '../../../src/shared/secret.js';

describe('redactSecrets', () => {
  it('replaces secret fields at any depth, case-insensitively', () => {
    const input = {
      accessToken: 'a',
      refreshToken: 'r',
      AuthCode: 'c',
      paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: 'token-in-disguise' },
      nested: [{ signature: 's', privateKey: 'k', keep: 1 }],
      buyerCertificate: { certificateType: 'ID_CARD', certificateNo: '123' },
      paymentRequestId: 'PAY_1',
    };
    expect(redactSecrets(input)).toEqual({
      accessToken: REDACTED,
      refreshToken: REDACTED,
      AuthCode: REDACTED,
      paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: REDACTED },
      nested: [{ signature: REDACTED, privateKey: REDACTED, keep: 1 }],
      buyerCertificate: { certificateType: 'ID_CARD', certificateNo: REDACTED },
      paymentRequestId: 'PAY_1',
    });
  });

  it('does not modify the input', () => {
    const input = { accessToken: 'a' };
    redactSecrets(input);
    expect(input.accessToken).toBe('a');
  });

  it('drops class instances (keys, buffers, secrets) instead of serialising them', () => {
    const out = redactSecrets({ key: Buffer.from('secret-bytes'), wrapped: new Secret('hidden') }) as Record<string, unknown>;
    expect(JSON.stringify(out)).not.toContain('secret-bytes');
    expect(JSON.stringify(out)).not.toContain('hidden');
  });

  it('keeps primitives as they are', () => {
    expect(redactSecrets('x')).toBe('x');
    expect(redactSecrets(null)).toBeNull();
    expect(redactSecrets(3)).toBe(3);
  });
});

describe('redactHeaders', () => {
  it('redacts signature and agent-token, lower-cases names, joins repeated values', () => {
    expect(
      redactHeaders({
        Signature: 'algorithm=RSA256,keyVersion=1,signature=abc',
        'agent-token': 't',
        'Client-Id': 'C1',
        'x-multi': ['a', 'b'],
        absent: undefined,
      }),
    ).toEqual({ signature: REDACTED, 'agent-token': REDACTED, 'client-id': 'C1', 'x-multi': 'a, b' });
  });
});
