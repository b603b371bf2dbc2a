import { createHash } from 'node:crypto';
import type { Encryptor } from '../../persistence/encryption.js';

/** Encrypted columns of an authorization; the context binds each ciphertext to its row and column. */
export type TokenColumn = 'auth_code' | 'access_token' | 'refresh_token';

export function sealToken(encryptor: Encryptor, authorizationId: string, column: TokenColumn, value: string): string {
  return encryptor.encrypt(value, `authorization:${authorizationId}:${column}`);
}

export function openToken(encryptor: Encryptor, authorizationId: string, column: TokenColumn, stored: string): string {
  return encryptor.decrypt(stored, `authorization:${authorizationId}:${column}`);
}

/** Finds the authorization a TOKEN_CANCELED notification names without decrypting every row. */
export function accessTokenHash(accessToken: string): string {
  return createHash('sha256').update(accessToken, 'utf8').digest('hex');
}

export function tokenHint(token: string): string {
  return token.length <= 8 ? '…' : `…${token.slice(-4)}`;
}
