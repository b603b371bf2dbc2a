import { describe, expect, it } from 'vitest';
import { withLazyParts } from '../../../src/ams/client/hooks.js';

describe('withLazyParts (hook events)', () => {
  it('builds a part only when read, once, and shows it to spreads and JSON like a plain property', () => {
    let builds = 0;
    const event = withLazyParts({ api: 'pay', attempt: 1 }, { body: () => (builds++, { paymentMethodId: '[redacted]' }) });
    expect(builds).toBe(0);
    expect(event.api).toBe('pay');
    expect(builds).toBe(0);
    expect(event.body).toEqual({ paymentMethodId: '[redacted]' });
    expect(event.body).toBe(event.body);
    expect(builds).toBe(1);
    expect({ ...event }).toEqual({ api: 'pay', attempt: 1, body: { paymentMethodId: '[redacted]' } });
    expect(JSON.parse(JSON.stringify(event))).toEqual({ api: 'pay', attempt: 1, body: { paymentMethodId: '[redacted]' } });
    expect(builds).toBe(1);
  });
});
