import { randomBytes } from 'node:crypto';
import { BoundedMap } from './bounded-map.js';
import { opaqueToken } from './ids.js';

/** A consult waiting for the simulated wallet user (ams-spec §5.1, §10.2). */
export interface Consent {
  consentId: string;
  clientId: string;
  authState: string;
  authRedirectUrl: string;
  customerBelongsTo: string;
  scopes: string[];
  authClientId: string | undefined;
  authNotifyUrl: string | undefined;
  status: 'PENDING' | 'APPROVED' | 'DENIED';
  authCode: string | undefined;
}

export interface AuthCode {
  authCode: string;
  consentId: string;
  clientId: string;
  customerBelongsTo: string;
  expiresAt: Date;
  used: boolean;
  userLoginId: string;
}

export type TokenStatus = 'ACTIVE' | 'REPLACED' | 'REVOKED';

export interface Token {
  clientId: string;
  accessToken: string;
  refreshToken: string;
  customerBelongsTo: string;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt: Date;
  status: TokenStatus;
  userLoginId: string;
  consentId: string;
  authNotifyUrl: string | undefined;
}

export type TokenCheck = { ok: true; token: Token } | { ok: false; reason: string };

/** Whether an access token can deduct money now: the single rule used by pay (and by revoke for liveness). */
export function checkAccessToken(token: Token | undefined, clientId: string, now: Date): TokenCheck {
  if (!token || token.clientId !== clientId) return { ok: false, reason: 'the access token does not exist' };
  if (token.status === 'REVOKED') return { ok: false, reason: 'the access token was revoked' };
  if (token.status === 'REPLACED') return { ok: false, reason: 'the access token was replaced by a refresh' };
  if (now.getTime() > token.accessTokenExpiresAt.getTime()) return { ok: false, reason: 'the access token expired' };
  return { ok: true, token };
}

/** A masked wallet login id, as applyToken returns it for AGREEMENT_PAY. */
function maskedLoginId(): string {
  const digits = String(randomBytes(4).readUInt32BE(0) % 1000).padStart(3, '0');
  return `0917****${digits}`;
}

/** Consents, auth codes and tokens, bounded; the authorization state machine of ams-spec §10.2. */
export class AuthorizationStore {
  private readonly consents: BoundedMap<string, Consent>;
  private readonly consentByState: BoundedMap<string, string>;
  private readonly codes: BoundedMap<string, AuthCode>;
  private readonly tokens: BoundedMap<string, Token>;
  private readonly byRefreshToken: BoundedMap<string, Token>;

  constructor(limit: number) {
    this.consents = new BoundedMap(limit);
    this.consentByState = new BoundedMap(limit);
    this.codes = new BoundedMap(limit);
    this.tokens = new BoundedMap(limit);
    this.byRefreshToken = new BoundedMap(limit);
  }

  /** consult is safe to retry: the same (client, authState) keeps its consent and page. */
  upsertConsent(fields: Omit<Consent, 'consentId' | 'status' | 'authCode'>): Consent {
    const key = `${fields.clientId}\u0000${fields.authState}`;
    const existingId = this.consentByState.get(key);
    const existing = existingId === undefined ? undefined : this.consents.get(existingId);
    if (existing && existing.status === 'PENDING') {
      Object.assign(existing, fields);
      return existing;
    }
    const consent: Consent = { ...fields, consentId: opaqueToken('C', 12), status: 'PENDING', authCode: undefined };
    this.consents.set(consent.consentId, consent);
    this.consentByState.set(key, consent.consentId);
    return consent;
  }

  consent(consentId: string): Consent | undefined {
    return this.consents.get(consentId);
  }

  consentByAuthState(clientId: string, authState: string): Consent | undefined {
    const id = this.consentByState.get(`${clientId}\u0000${authState}`);
    return id === undefined ? undefined : this.consents.get(id);
  }

  /** The user agrees: issues the single-use authCode (approving twice returns the same code). */
  approve(consent: Consent, expiresAt: Date): AuthCode {
    if (consent.status === 'APPROVED' && consent.authCode !== undefined) {
      const code = this.codes.get(consent.authCode);
      if (code) return code;
    }
    const code: AuthCode = {
      authCode: opaqueToken('', 16),
      consentId: consent.consentId,
      clientId: consent.clientId,
      customerBelongsTo: consent.customerBelongsTo,
      expiresAt,
      used: false,
      userLoginId: maskedLoginId(),
    };
    consent.status = 'APPROVED';
    consent.authCode = code.authCode;
    this.codes.set(code.authCode, code);
    return code;
  }

  deny(consent: Consent): void {
    if (consent.status === 'PENDING') consent.status = 'DENIED';
  }

  code(authCode: string): AuthCode | undefined {
    return this.codes.get(authCode);
  }

  issueToken(fields: Omit<Token, 'accessToken' | 'refreshToken' | 'status'>): Token {
    const token: Token = {
      ...fields,
      accessToken: opaqueToken('28101003', 20),
      refreshToken: opaqueToken('28101004', 20),
      status: 'ACTIVE',
    };
    this.tokens.set(token.accessToken, token);
    this.byRefreshToken.set(token.refreshToken, token);
    return token;
  }

  token(accessToken: string): Token | undefined {
    return this.tokens.get(accessToken);
  }

  tokenByRefresh(refreshToken: string): Token | undefined {
    return this.byRefreshToken.get(refreshToken);
  }

  /** The refresh token of a replaced or revoked token cannot be used again. */
  retireRefreshToken(token: Token): void {
    this.byRefreshToken.delete(token.refreshToken);
  }

  listTokens(clientId?: string): Token[] {
    return [...this.tokens.values()].filter((t) => clientId === undefined || t.clientId === clientId);
  }
}
