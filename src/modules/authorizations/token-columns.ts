import type { ApplyTokenResponse } from '../../ams/index.js';
import type { Encryptor } from '../../persistence/encryption.js';
import { parseAmsDateTime } from '../../shared/time.js';
import type { Authorization } from './authorization.entity.js';
import { accessTokenHash, sealToken, tokenHint } from './token-secrets.js';

/**
 * The columns an applyToken S writes: tokens sealed, the access token's hash and hint, expiries. A response
 * without a refresh token keeps none (AMS: the access token is then long-lived).
 */
export function tokenColumns(encryptor: Encryptor, authorizationId: string, body: ApplyTokenResponse, now: Date): Partial<Authorization> {
  const accessToken = body.accessToken ?? '';
  return {
    accessTokenEncrypted: sealToken(encryptor, authorizationId, 'access_token', accessToken),
    accessTokenHash: accessTokenHash(accessToken),
    accessTokenHint: tokenHint(accessToken),
    accessTokenExpiresAt: body.accessTokenExpiryTime ? parseAmsDateTime(body.accessTokenExpiryTime) : null,
    refreshTokenEncrypted: body.refreshToken ? sealToken(encryptor, authorizationId, 'refresh_token', body.refreshToken) : null,
    hasRefreshToken: Boolean(body.refreshToken),
    refreshTokenExpiresAt: body.refreshTokenExpiryTime ? parseAmsDateTime(body.refreshTokenExpiryTime) : null,
    tokenIssuedAt: now,
    statusReason: null,
    ...(body.userLoginId ? { userLoginId: maskLoginId(body.userLoginId) } : {}),
    ...(body.pspCustomerInfo ? { pspCustomerInfo: body.pspCustomerInfo } : {}),
  };
}

/**
 * The wallet login id as support staff may see it: AMS sends it masked (`0917****123`); anything that arrives
 * unmasked is masked here, keeping at most the first 3 and last 3 characters.
 */
export function maskLoginId(loginId: string): string {
  if (loginId.includes('*')) return loginId;
  if (loginId.length <= 4) return '*'.repeat(loginId.length);
  const keep = Math.min(3, Math.floor(loginId.length / 4));
  return `${loginId.slice(0, keep)}${'*'.repeat(loginId.length - 2 * keep)}${loginId.slice(loginId.length - keep)}`;
}

/** Event payload facts about a token: never the token itself. */
export function tokenFacts(columns: Partial<Authorization>): Record<string, unknown> {
  return {
    accessTokenHint: columns.accessTokenHint ?? null,
    accessTokenExpiresAt: columns.accessTokenExpiresAt?.toISOString() ?? null,
    hasRefreshToken: columns.hasRefreshToken ?? false,
  };
}
