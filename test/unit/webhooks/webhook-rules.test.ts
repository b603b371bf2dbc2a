import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { DEFAULT_WEBHOOKS_CONFIG } from '../../../src/config/webhooks-env.js';
import { isBlockedAddress } from '../../../src/modules/webhooks/address-guard.js';
import { checkEndpointUrl } from '../../../src/modules/webhooks/endpoint-url.js';
import { checkEventTypes } from '../../../src/modules/webhooks/event-type-filter.js';
import { nextAttemptAt } from '../../../src/modules/webhooks/retry-schedule.js';
import { generateWebhookSecret } from '../../../src/modules/webhooks/webhook-secret.js';
import { WebhookSigner } from '../../../src/modules/webhooks/webhook-signer.js';
import { Secret } from '../../../src/shared/secret.js';
import { createHmac } from 'node:crypto';

describe('webhook rules', () => {
  it('the default retry schedule spans at least 3 days, jitter only lengthens it, and then gives up', () => {
    const schedule = DEFAULT_WEBHOOKS_CONFIG.retryScheduleSeconds;
    const start = new Date('2026-12-01T00:00:00Z');
    for (const random of [() => 0, () => 0.999]) {
      let at = start;
      let attempts = 1;
      for (let next = nextAttemptAt(at, attempts, schedule, random); next; next = nextAttemptAt(at, attempts, schedule, random)) {
        at = next;
        attempts++;
      }
      expect(at.getTime() - start.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000);
      expect(attempts).toBe(schedule.length + 1);
    }
    expect(nextAttemptAt(start, 1, schedule, () => 0)!.getTime() - start.getTime()).toBe(5_000);
    expect(nextAttemptAt(start, 1, schedule, () => 0.999)!.getTime() - start.getTime()).toBeLessThanOrEqual(6_000);
  });

  it('blocks loopback, private, link-local, metadata and mapped addresses; lets public ones through', () => {
    for (const address of ['127.0.0.1', '10.0.0.8', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1', 'not-an-ip']) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', '172.32.0.1']) {
      expect(isBlockedAddress(address), address).toBe(false);
    }
  });

  it('checks endpoint URLs at registration', () => {
    const strict = { allowHttp: false, allowPrivateAddresses: false };
    expect(checkEndpointUrl('https://hooks.example.com/x', strict)).toEqual({ url: 'https://hooks.example.com/x' });
    expect(checkEndpointUrl('http://hooks.example.com/x', strict)).toHaveProperty('problem');
    expect(checkEndpointUrl('https://user:pw@hooks.example.com/', strict)).toHaveProperty('problem');
    expect(checkEndpointUrl('https://127.0.0.1/', strict)).toHaveProperty('problem');
    expect(checkEndpointUrl('https://[::1]/', strict)).toHaveProperty('problem');
    expect(checkEndpointUrl('https://localhost/', strict)).toHaveProperty('problem');
    expect(checkEndpointUrl('not a url', strict)).toHaveProperty('problem');
    expect(checkEndpointUrl('http://127.0.0.1:8080/', { allowHttp: true, allowPrivateAddresses: true })).toEqual({ url: 'http://127.0.0.1:8080/' });
  });

  it('accepts event-type filters by form, for any type of the log', () => {
    expect(checkEventTypes(['PAYMENT.STATUS_CHANGED', 'REFUND.*', 'BILLING_SCHEDULE.CHARGE_DUE', 'REFUND.*'])).toEqual({
      types: ['PAYMENT.STATUS_CHANGED', 'REFUND.*', 'BILLING_SCHEDULE.CHARGE_DUE'],
    });
    expect(checkEventTypes([])).toHaveProperty('problem');
    expect(checkEventTypes(['*'])).toHaveProperty('problem');
    expect(checkEventTypes(['payment.created'])).toHaveProperty('problem');
  });

  it('signs per Standard Webhooks: the reference verifier and a hand-written HMAC agree, both secrets during rotation', () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const body = JSON.stringify({ version: 1, type: 'PAYMENT.CREATED', data: { id: '1' } });
    const headers = new WebhookSigner(current, previous).headers('msg_1', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [current, previous]) {
      expect(new Webhook(secret.reveal()).verify(body, { ...headers })).toEqual(JSON.parse(body));
      const key = Buffer.from(secret.reveal().slice('whsec_'.length), 'base64');
      const expected = createHmac('sha256', key).update(`msg_1.${headers['webhook-timestamp']}.${body}`).digest('base64');
      expect(headers['webhook-signature'].split(' ')).toContain(`v1,${expected}`);
    }
    expect(() => new Webhook(generateWebhookSecret().reveal()).verify(body, { ...headers })).toThrow();
    expect(String(new Secret('x'))).toBe('[secret]');
  });
});
