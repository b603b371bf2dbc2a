import { formatAmsDateTime } from '../../shared/time.js';
import type { SandboxCore } from '../core.js';
import { notifyUrlFor } from '../core.js';
import { success } from '../results.js';
import type { AuthCode, Consent, Token } from '../state/authorizations.js';

/** Where the wallet sends the user back: authRedirectUrl plus authCode and authState (ams-spec §5.1). */
export function redirectAfterApproval(consent: Consent, authCode: string): string {
  const url = new URL(consent.authRedirectUrl);
  url.searchParams.set('authCode', authCode);
  url.searchParams.set('authState', consent.authState);
  return url.toString();
}

/** Sandbox convention for a refusal (undocumented by Antom): back to authRedirectUrl with authState and no authCode. */
export function redirectAfterDenial(consent: Consent): string {
  const url = new URL(consent.authRedirectUrl);
  url.searchParams.set('authState', consent.authState);
  url.searchParams.set('error', 'USER_DENIED');
  return url.toString();
}

/** The simulated user agrees: a single-use authCode, notifyAuthorization AUTHCODE_CREATED, and the redirect. */
export function approveConsent(core: SandboxCore, consent: Consent): { code: AuthCode; redirectUrl: string } {
  const alreadyApproved = consent.status === 'APPROVED';
  const expiresAt = new Date(core.clock.now().getTime() + core.options.authCodeTtlSeconds * 1000);
  const code = core.authorizations.approve(consent, expiresAt);
  if (!alreadyApproved) {
    core.notifier.send('notifyAuthorization', consent.clientId, notifyUrlFor(core, consent.clientId, consent.authNotifyUrl), {
      authorizationNotifyType: 'AUTHCODE_CREATED',
      authCode: code.authCode,
      authState: consent.authState,
      ...(consent.authClientId === undefined ? {} : { authClientId: consent.authClientId }),
      userLoginId: code.userLoginId,
      result: success(),
    });
  }
  return { code, redirectUrl: redirectAfterApproval(consent, code.authCode) };
}

/** Revocation from either side; `notify` sends notifyAuthorization TOKEN_CANCELED (wallet unbind, or revoke if configured). */
export function cancelToken(core: SandboxCore, token: Token, notify: boolean, reason?: string): void {
  token.status = 'REVOKED';
  core.authorizations.retireRefreshToken(token);
  if (!notify) return;
  core.notifier.send('notifyAuthorization', token.clientId, notifyUrlFor(core, token.clientId, token.authNotifyUrl), {
    authorizationNotifyType: 'TOKEN_CANCELED',
    accessToken: token.accessToken,
    ...(reason === undefined ? {} : { reason }),
    userLoginId: token.userLoginId,
    result: success(),
  });
}

export function tokenFields(token: Token): Record<string, unknown> {
  return {
    accessToken: token.accessToken,
    accessTokenExpiryTime: formatAmsDateTime(token.accessTokenExpiresAt),
    refreshToken: token.refreshToken,
    refreshTokenExpiryTime: formatAmsDateTime(token.refreshTokenExpiresAt),
    userLoginId: token.userLoginId,
    pspCustomerInfo: { pspName: token.customerBelongsTo, displayCustomerId: token.userLoginId },
  };
}
