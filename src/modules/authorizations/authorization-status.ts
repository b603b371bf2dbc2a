import { defineStatusMachine } from '../shared/status-machine.js';

/**
 * CONSULTING: consult persisted, call in flight. AWAITING_USER: consult succeeded, the user is on the wallet page.
 * AUTH_CODE_RECEIVED: the redirect or AUTHCODE_CREATED brought an authCode. ACTIVE: tokens held.
 * REVOKED: revoked by us or unbound in the wallet (TOKEN_CANCELED). FAILED: consult or applyToken failed for good.
 * EXPIRED: the refresh token (or a refresh-less access token) lapsed; a new consult is needed.
 * REAUTHORIZATION_REQUIRED: the agreement is dead — AMS refused the access token and the refresh failed for good
 * (INVALID_REFRESH_TOKEN, or there is no refresh token): the user must authorize again; no pay is sent with it.
 */
export const AUTHORIZATION_STATUSES = [
  'CONSULTING',
  'AWAITING_USER',
  'AUTH_CODE_RECEIVED',
  'ACTIVE',
  'REVOKED',
  'EXPIRED',
  'FAILED',
  'REAUTHORIZATION_REQUIRED',
] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

export const authorizationMachine = defineStatusMachine({
  name: 'authorization',
  statuses: AUTHORIZATION_STATUSES,
  final: ['REVOKED', 'EXPIRED', 'FAILED', 'REAUTHORIZATION_REQUIRED'],
  transitions: {
    CONSULTING: ['AWAITING_USER', 'FAILED'],
    AWAITING_USER: ['AUTH_CODE_RECEIVED', 'ACTIVE', 'FAILED', 'EXPIRED'],
    // applyToken may fail (used/expired code): the authorization then fails and a new consult is needed.
    AUTH_CODE_RECEIVED: ['ACTIVE', 'FAILED', 'EXPIRED'],
    ACTIVE: ['REVOKED', 'EXPIRED', 'REAUTHORIZATION_REQUIRED'],
  },
});
