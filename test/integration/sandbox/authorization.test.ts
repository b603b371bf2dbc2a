import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyMessage, parseSignatureHeader } from '../../../src/ams/signing/index.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import type { AmsTestClient} from './helpers.js';
import { authorize, NotificationReceiver, payBody, sandboxWithMerchant, type Merchant } from './helpers.js';

describe('sandbox authorization flow', () => {
  let sandbox: Sandbox;
  let client: AmsTestClient;
  let m: Merchant;
  let receiver: NotificationReceiver;

  beforeAll(async () => {
    receiver = await new NotificationReceiver().start();
    ({ sandbox, client, merchant: m } = await sandboxWithMerchant({}, `${receiver.url}/notify/dashboard`));
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const consultBody = (authState: string, extra: Record<string, unknown> = {}) => ({
    customerBelongsTo: 'GCASH',
    authRedirectUrl: 'https://merchant.example/return?from=sandbox',
    scopes: ['AGREEMENT_PAY'],
    authState,
    terminalType: 'WEB',
    ...extra,
  });

  it('serves a real consent page; agreeing redirects with authCode and authState and sends AUTHCODE_CREATED', async () => {
    const consult = await client.call('authorizations/consult', consultBody('STATE-PAGE', { authNotifyUrl: `${receiver.url}/notify/auth?x=1` }));
    expect(consult.json.result.resultStatus).toBe('S');
    const pageUrl = String(consult.json.normalUrl);
    expect(consult.json.authUrl).toBe(pageUrl);
    const page = await fetch(pageUrl);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<form method="post">');
    expect(html).toContain('GCASH');

    const decision = await fetch(pageUrl, {
      method: 'POST',
      body: 'decision=approve',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(decision.status).toBe(303);
    const location = new URL(String(decision.headers.get('location')));
    expect(location.origin + location.pathname).toBe('https://merchant.example/return');
    expect(location.searchParams.get('from')).toBe('sandbox');
    expect(location.searchParams.get('authState')).toBe('STATE-PAGE');
    const authCode = String(location.searchParams.get('authCode'));
    expect(authCode).toMatch(/^[0-9A-F]{32}$/);

    const [notification] = await receiver.waitFor((r) => r.some((n) => n.path === '/notify/auth?x=1'));
    const auth = receiver.received.find((n) => n.path === '/notify/auth?x=1') ?? notification;
    expect(JSON.parse(auth!.body)).toMatchObject({ authorizationNotifyType: 'AUTHCODE_CREATED', authCode, authState: 'STATE-PAGE' });
    // Signed as AMS signs notifications: POST + the notify URL's path and query, the merchant's client id.
    expect(auth!.headers['client-id']).toBe(m.clientId);
    const { signature } = parseSignatureHeader(String(auth!.headers.signature));
    const parts = { method: 'POST', path: '/notify/auth?x=1', clientId: m.clientId, time: String(auth!.headers['request-time']), body: auth!.body };
    expect(verifyMessage(parts, signature, sandbox.alipayPublicKey)).toBe(true);

    const token = await client.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode });
    expect(token.json.result.resultStatus).toBe('S');
    expect(token.json).toHaveProperty('accessToken');
    expect(token.json).toHaveProperty('refreshTokenExpiryTime');
    expect(String(token.json.userLoginId)).toMatch(/\*\*\*\*/);
  });

  it('lets the control API approve by {clientId, authState} and the user deny', async () => {
    await client.call('authorizations/consult', consultBody('STATE-CTRL'));
    const approved = await fetch(`${sandbox.url}/__sandbox/authorizations/approve`, {
      method: 'POST',
      body: JSON.stringify({ clientId: m.clientId, authState: 'STATE-CTRL' }),
    });
    const { authCode, redirectUrl } = (await approved.json()) as { authCode: string; redirectUrl: string };
    expect(redirectUrl).toContain(`authCode=${authCode}`);

    const denied = await client.call('authorizations/consult', consultBody('STATE-DENY'));
    const decision = await fetch(String(denied.json.normalUrl), { method: 'POST', body: 'decision=deny', redirect: 'manual' });
    const location = new URL(String(decision.headers.get('location')));
    expect(location.searchParams.get('authCode')).toBeNull();
    expect(location.searchParams.get('error')).toBe('USER_DENIED');
  });

  it('makes authCodes single-use and expiring (INVALID_AUTHCODE)', async () => {
    const { authCode } = await authorize(client);
    const reuse = await client.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode });
    expect(reuse.json.result).toMatchObject({ resultCode: 'INVALID_AUTHCODE', resultStatus: 'F' });
    expect((await client.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode: 'NOPE' })).json.result.resultCode).toBe('INVALID_AUTHCODE');
    const missing = await client.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH' });
    expect(missing.json.result.resultMessage).toMatch(/^authCode is required/);
  });

  it('rotates tokens on REFRESH_TOKEN: the old access token and refresh token stop working', async () => {
    const first = await authorize(client);
    const refreshed = await client.call('authorizations/applyToken', { grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken: first.refreshToken });
    expect(refreshed.json.result.resultStatus).toBe('S');
    expect(refreshed.json.accessToken).not.toBe(first.accessToken);
    const oldPay = await client.call('payments/pay', payBody(first.accessToken, '100'));
    expect(oldPay.json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
    const newPay = await client.call('payments/pay', payBody(String(refreshed.json.accessToken), '100'));
    expect(newPay.json.result.resultStatus).toBe('S');
    const again = await client.call('authorizations/applyToken', { grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken: first.refreshToken });
    expect(again.json.result.resultCode).toBe('INVALID_REFRESH_TOKEN');
  });

  it('revokes: the token dies, a second revoke is INVALID_ACCESS_TOKEN', async () => {
    const { accessToken, refreshToken } = await authorize(client);
    expect((await client.call('authorizations/revoke', { accessToken })).json.result.resultStatus).toBe('S');
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
    expect((await client.call('authorizations/revoke', { accessToken })).json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
    const refresh = await client.call('authorizations/applyToken', { grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken });
    expect(refresh.json.result.resultCode).toBe('INVALID_REFRESH_TOKEN');
  });

  it('wallet-side unbind revokes and sends TOKEN_CANCELED to the registered URL', async () => {
    const { accessToken } = await authorize(client);
    const before = receiver.received.length;
    const unbind = await fetch(`${sandbox.url}/__sandbox/wallet/unbind`, { method: 'POST', body: JSON.stringify({ accessToken }) });
    expect(unbind.status).toBe(200);
    await receiver.waitFor((r) => r.slice(before).some((n) => n.body.includes('TOKEN_CANCELED')));
    const notice = receiver.received.slice(before).find((n) => n.body.includes('TOKEN_CANCELED'));
    expect(notice?.path).toBe('/notify/dashboard');
    expect(JSON.parse(String(notice?.body))).toMatchObject({ authorizationNotifyType: 'TOKEN_CANCELED', accessToken });
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
  });

  it('expires access tokens by time travel; refresh still works until the refresh token expires', async () => {
    const { accessToken, refreshToken } = await authorize(client);
    sandbox.advanceClock(31 * 86_400);
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
    const refreshed = await client.call('authorizations/applyToken', { grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken });
    expect(refreshed.json.result.resultStatus).toBe('S');
    // The new pair gets fresh lifetimes from now, not the old token's.
    const expiry = Date.parse(String(refreshed.json.accessTokenExpiryTime));
    expect(expiry - sandbox.clock.now().getTime()).toBeGreaterThan(29 * 86_400_000);
    expect((await client.call('payments/pay', payBody(String(refreshed.json.accessToken), '100'))).json.result.resultCode).toBe('SUCCESS');
    sandbox.advanceClock(91 * 86_400);
    const late = await client.call('authorizations/applyToken', { grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken: String(refreshed.json.refreshToken) });
    expect(late.json.result.resultCode).toBe('INVALID_REFRESH_TOKEN');
  });

  it('validates consult: scopes enum, at most 4, unsupported wallets', async () => {
    const badScope = await client.call('authorizations/consult', consultBody('S1', { scopes: ['PAY_EVERYTHING'] }));
    expect(badScope.json.result.resultMessage).toMatch(/^scopes\[0\] must be one of/);
    const many = await client.call('authorizations/consult', consultBody('S2', { scopes: ['AGREEMENT_PAY', 'USER_INFO', 'BASE_USER_INFO', 'USER_LOGIN_ID', 'SEND_OTP'] }));
    expect(many.json.result.resultMessage).toMatch(/^scopes allows at most 4/);
    const wallet = await client.call('authorizations/consult', consultBody('S3', { customerBelongsTo: 'MYSTERY_PAY' }));
    expect(wallet.json.result.resultCode).toBe('NO_PAY_OPTIONS');
    const secondary = await client.call('authorizations/consult', consultBody('S4', { authClientId: 'UNREGISTERED' }));
    expect(secondary.json.result.resultCode).toBe('MERCHANT_NOT_REGISTERED');
  });

  it('time-travels and expires tokens over the control API', async () => {
    const { accessToken } = await authorize(client);
    const post = (path: string, body: unknown) => fetch(`${sandbox.url}/__sandbox/${path}`, { method: 'POST', body: JSON.stringify(body) });
    const before = (await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { offsetSeconds: number };
    const after = (await (await post('clock/advance', { seconds: 3600 })).json()) as { offsetSeconds: number; now: string };
    expect(after.offsetSeconds - before.offsetSeconds).toBe(3600);
    expect(after.now).toMatch(/\+08:00$/);
    expect((await post('tokens/expire', { accessToken })).status).toBe(200);
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
    const tokens = (await (await fetch(`${sandbox.url}/__sandbox/tokens?clientId=${m.clientId}`)).json()) as { tokens: Array<{ accessToken: string }> };
    expect(tokens.tokens.some((t) => t.accessToken === accessToken)).toBe(true);
    expect((await post('wallet/unbind', { accessToken: 'NOPE' })).status).toBe(404);
  });
});
