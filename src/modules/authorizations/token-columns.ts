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
  };
}

/** Event payload facts about a token: never the token itself. */
export function tokenFacts(columns: Partial<Authorization>): Record<string, unknown> {
  return {
    accessTokenHint: columns.accessTokenHint ?? null,
    accessTokenExpiresAt: columns.accessTokenExpiresAt?.toISOString() ?? null,
    hasRefreshToken: columns.hasRefreshToken ?? false,
  };
}
