import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openToken } from '../../../src/modules/authorizations/token-secrets.js';
import type { GatewayEvent } from '../../../src/modules/events/event.entity.js';
import { createRequestScope } from '../../../src/modules/request-scope.js';
import { Encryptor } from '../../../src/persistence/encryption.js';
import { silentLogger } from '../../../src/shared/logger.js';
import {
  ApplyTokenDocument,
  AuthorizationDocument,
  AuthorizationsDocument,
  ConsultDocument,
  EventsDocument,
  RefreshTokenDocument,
  RevokeAuthorizationDocument,
} from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Auth merchant');
});
afterAll(async () => h?.close());

async function consultAndApprove(): Promise<{ id: string; authCode: string; authState: string }> {
  const consulted = await h.gql(ConsultDocument, { input: { customerBelongsTo: 'ALIPAY_HK', authRedirectUrl: 'https://m.example/back' } }, m.key);
  const authorization = consulted.consult.authorization!;
  expect(authorization).toMatchObject({ status: 'AWAITING_USER', scopes: ['AGREEMENT_PAY'], hasRefreshToken: false, accessTokenHint: null });
  expect(authorization.authState).toMatch(/^[0-9a-f-]{36}$/);
  const approved = await h.control<{ authCode: string }>('authorizations/approve', { clientId: m.clientId, authState: authorization.authState });
  return { id: authorization.id, authCode: approved.authCode, authState: authorization.authState };
}

describe('consult and applyToken', () => {
  it('refuses an applyToken whose authState does not match, then accepts the right one; tokens never leave', async () => {
    const { id, authCode, authState } = await consultAndApprove();
    const wrong = await h.gql(ApplyTokenDocument, { input: { authorizationId: id, authCode, authState: 'forged' } }, m.key);
    expect(wrong.applyToken.errors).toEqual([{ code: 'AUTH_STATE_MISMATCH', field: 'authState', message: expect.any(String) }]);

    const applied = await h.gql(ApplyTokenDocument, { input: { authorizationId: id, authCode, authState } }, m.key);
    expect(applied.applyToken.authorization).toMatchObject({ status: 'ACTIVE', hasRefreshToken: true });
    expect(applied.applyToken.authorization?.accessTokenHint).toMatch(/^….{4}$/);
    expect(new Date(applied.applyToken.authorization!.accessTokenExpiresAt!).getTime()).toBeGreaterThan(Date.now());

    const again = await h.gql(ApplyTokenDocument, { input: { authorizationId: id, authCode } }, m.key);
    expect(again.applyToken).toMatchObject({ replayed: true, ams: null });

    // The sandbox knows the real token; it must appear in no response and no log line, nor the authCode.
    const token = await realAccessToken(id);
    expect(token.length).toBeGreaterThan(8);
    for (const secret of [token, authCode]) {
      expect(h.responses.some((body) => body.includes(secret))).toBe(false);
      expect(h.logs.some((line) => line.includes(secret))).toBe(false);
    }
  });

  it('fails the authorization for good on an F (used or unknown authCode)', async () => {
    const { id } = await consultAndApprove();
    const applied = await h.gql(ApplyTokenDocument, { input: { authorizationId: id, authCode: 'NOT-A-REAL-CODE' } }, m.key);
    expect(applied.applyToken.ams).toMatchObject({ status: 'F', code: 'INVALID_AUTHCODE' });
    expect(applied.applyToken.authorization).toMatchObject({ status: 'FAILED', failure: { code: 'INVALID_AUTHCODE' } });
  });

  it('refuses bad consult input with field-level errors and persists nothing', async () => {
    const rows = await h.count('authorizations');
    const bad = await h.gql(
      ConsultDocument,
      { input: { customerBelongsTo: 'gcash!', authRedirectUrl: 'not a url', authState: 's'.repeat(257), scopes: ['EVERYTHING'], terminalType: 'APP' } },
      m.key,
    );
    expect(bad.consult.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', 'customerBelongsTo'],
      ['INVALID', 'authRedirectUrl'],
      ['TOO_LONG', 'authState'],
      ['INVALID', 'scopes'],
      ['REQUIRED', 'osType'],
    ]);
    expect(await h.count('authorizations')).toBe(rows);
  });

  it('replays a consult with the same idempotencyKey', async () => {
    const input = { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://m.example/back', authState: randomUUID(), idempotencyKey: 'consult-1' };
    const first = await h.gql(ConsultDocument, { input }, m.key);
    const again = await h.gql(ConsultDocument, { input }, m.key);
    expect(again.consult).toMatchObject({ replayed: true, authorization: { id: first.consult.authorization!.id, status: 'AWAITING_USER' } });
    const other = await h.gql(ConsultDocument, { input: { ...input, customerBelongsTo: 'DANA' } }, m.key);
    expect(other.consult.errors[0]?.code).toBe('IDEMPOTENCY_MISMATCH');
  });
});

describe('refresh and revoke', () => {
  it('refreshes the tokens (TOKEN_REFRESHED event), revokes (TOKEN_REVOKED), then refuses to pay with it', async () => {
    const { authorizationId } = await authorize(h, m.key);
    const before = await h.gql(AuthorizationDocument, { id: authorizationId }, m.key);
    const refreshed = await h.gql(RefreshTokenDocument, { authorizationId }, m.key);
    expect(refreshed.refreshToken.ams?.status).toBe('S');
    expect(refreshed.refreshToken.authorization?.status).toBe('ACTIVE');
    expect(refreshed.refreshToken.authorization?.accessTokenHint).not.toBe(before.authorization?.accessTokenHint);
    expect((await payOnce(h, m.key, authorizationId, '700')).payment?.status).toBe('SUCCEEDED');

    const revoked = await h.gql(RevokeAuthorizationDocument, { authorizationId }, m.key);
    expect(revoked.revokeAuthorization.authorization).toMatchObject({ status: 'REVOKED', hasRefreshToken: false });
    const events = await h.gql(EventsDocument, { aggregateId: authorizationId, first: 20 }, m.key);
    expect(events.events.nodes.map((e) => e.type)).toEqual(['CREATED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'TOKEN_REFRESHED', 'TOKEN_REVOKED']);
    expect(JSON.stringify(events.events.nodes)).not.toMatch(/accessToken"|refreshToken"/);

    const refused = await payOnce(h, m.key, authorizationId, '800');
    expect(refused.errors[0]).toMatchObject({ code: 'AUTHORIZATION_NOT_ACTIVE', field: 'authorizationId' });
    expect((await h.gql(RefreshTokenDocument, { authorizationId }, m.key)).refreshToken.errors[0]?.code).toBe('INVALID_STATE');
  });

  it('applies a wallet-side unbind (TOKEN_CANCELED) found by the token hash', async () => {
    const { authorizationId } = await authorize(h, m.key);
    const token = await realAccessToken(authorizationId);
    h.sandbox.unbindWallet(token);
    const scope = createRequestScope(h.gateway.orm.em, { role: 'MERCHANT', merchantId: m.merchantId, keyId: 'test:notification' }, 'req_test', silentLogger);
    const revoked = await h.gateway.services.authorizations.tokenCanceled(scope, token);
    expect(revoked).toMatchObject({ id: authorizationId, status: 'REVOKED', accessTokenEncrypted: null });
    expect(await h.gateway.services.authorizations.tokenCanceled(scope, 'unknown-token')).toBeNull();
    const events = await h.gql(EventsDocument, { aggregateId: authorizationId, first: 10 }, m.key);
    expect(events.events.nodes.at(-1)).toMatchObject({ type: 'TOKEN_REVOKED', source: 'NOTIFICATION', payload: { by: 'WALLET' } });
    expect((await payOnce(h, m.key, authorizationId, '950')).errors[0]?.code).toBe('AUTHORIZATION_NOT_ACTIVE');
  });

  it('refreshes an expired access token once before paying, with the same paymentRequestId', async () => {
    const { authorizationId } = await authorize(h, m.key);
    await h.gateway.orm.em.getConnection().execute(`update authorizations set access_token_expires_at = now() - interval '1 minute' where id = ?`, [authorizationId]);
    const paid = await payOnce(h, m.key, authorizationId, '900', { paymentRequestId: `after-refresh-${authorizationId}` });
    expect(paid.errors).toEqual([]);
    expect(paid.payment).toMatchObject({ status: 'SUCCEEDED', paymentRequestId: `after-refresh-${authorizationId}` });
    const events = await h.gql(EventsDocument, { aggregateId: authorizationId, first: 20 }, m.key);
    expect(events.events.nodes.map((e) => e.type)).toContain('TOKEN_REFRESHED');
  });

  it('refuses to pay with an expired access token that cannot be refreshed: the agreement is dead', async () => {
    const { authorizationId } = await authorize(h, m.key);
    await h.gateway.orm.em
      .getConnection()
      .execute(`update authorizations set access_token_expires_at = now() - interval '1 minute', refresh_token_expires_at = now() - interval '1 minute' where id = ?`, [authorizationId]);
    const refused = await payOnce(h, m.key, authorizationId, '900');
    expect(refused.errors[0]).toMatchObject({ code: 'REAUTHORIZATION_REQUIRED', field: 'authorizationId' });
    expect(refused.errors[0]!.message).toMatch(/REFRESH_TOKEN_EXPIRED/);
  });
});

describe('reads and the commit hook', () => {
  it('lists authorizations by status and finds one by authState', async () => {
    const { authorizationId, authState } = await authorize(h, m.key, 'TNG');
    const active = await h.gql(AuthorizationsDocument, { first: 20, filter: { status: 'ACTIVE', customerBelongsTo: 'TNG' } }, m.readonlyKey);
    expect(active.authorizations.nodes.map((a) => a.id)).toContain(authorizationId);
    expect(active.authorizations.nodes.every((a) => a.status === 'ACTIVE' && a.customerBelongsTo === 'TNG')).toBe(true);
    const byState = await h.gql(AuthorizationDocument, { authState }, m.readonlyKey);
    expect(byState.authorization?.id).toBe(authorizationId);
  });

  it('announces appended events to onCommitted listeners after the commit', async () => {
    const received: GatewayEvent[] = [];
    const stop = h.gateway.services.events.onCommitted((events) => received.push(...events));
    try {
      const consulted = await h.gql(ConsultDocument, { input: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://m.example/back' } }, m.key);
      const id = consulted.consult.authorization!.id;
      const mine = received.filter((e) => e.aggregateId === id);
      expect(mine.map((e) => e.type)).toEqual(['CREATED', 'STATUS_CHANGED']);
      // Announced only after commit: a fresh read sees each announced event.
      const stored = await h.gql(EventsDocument, { aggregateId: id, first: 10 }, m.key);
      expect(stored.events.nodes.map((e) => e.id)).toEqual(mine.map((e) => e.id));
    } finally {
      stop();
    }
  });
});

/** The access token the gateway holds: its column is a ciphertext, opened here with the harness's master key. */
async function realAccessToken(authorizationId: string): Promise<string> {
  const rows = await h.gateway.orm.em
    .getConnection()
    .execute<{ access_token_encrypted: string }[]>('select access_token_encrypted from authorizations where id = ?', [authorizationId]);
  const sealed = rows[0]?.access_token_encrypted ?? '';
  expect(sealed.startsWith('agw1.')).toBe(true);
  return openToken(new Encryptor([h.masterKey]), authorizationId, 'access_token', sealed);
}
