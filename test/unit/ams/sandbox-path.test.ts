import { describe, expect, it } from 'vitest';
import { isSandboxClientId, resolveRequestPath, toSandboxPath } from '../../../src/ams/client/index.js';

describe('sandbox path rewriting (as the official SDKs do it)', () => {
  it('rewrites the first /ams/api for SANDBOX_ client ids only', () => {
    expect(resolveRequestPath('SANDBOX_5X0', '/ams/api/v1/payments/pay')).toBe('/ams/sandbox/api/v1/payments/pay');
    expect(resolveRequestPath('5X0', '/ams/api/v1/payments/pay')).toBe('/ams/api/v1/payments/pay');
  });

  it('is case-sensitive on the prefix, like String.startsWith in the SDKs', () => {
    expect(isSandboxClientId('SANDBOX_X')).toBe(true);
    expect(isSandboxClientId('sandbox_X')).toBe(false);
    expect(isSandboxClientId('X_SANDBOX_')).toBe(false);
  });

  it('replaces only the first occurrence and leaves other paths alone', () => {
    expect(toSandboxPath('/ams/api/v1/x/ams/api')).toBe('/ams/sandbox/api/v1/x/ams/api');
    expect(toSandboxPath('/other/v1/pay')).toBe('/other/v1/pay');
  });

  it('honours exempt prefixes', () => {
    expect(
      resolveRequestPath('SANDBOX_X', '/ams/api/v1/vaults/vaultPaymentMethod', { sandboxExemptPrefixes: ['/ams/api/v1/vaults'] }),
    ).toBe('/ams/api/v1/vaults/vaultPaymentMethod');
  });
});
