import { formatAmsDateTime } from '../../shared/time.js';
import type { SandboxCore } from '../core.js';
import { approveConsent, cancelToken, redirectAfterDenial } from '../handlers/auth-flow.js';
import type { Consent } from '../state/authorizations.js';
import { ControlError } from './read-json.js';

/** What the control API and the embedding API can do; both call these, so they cannot drift apart. */
export type ConsentRef = { authUrl: string } | { clientId: string; authState: string } | { consentId: string };

export function findConsent(core: SandboxCore, ref: ConsentRef): Consent {
  let consent: Consent | undefined;
  if ('consentId' in ref) consent = core.authorizations.consent(ref.consentId);
  else if ('authUrl' in ref) {
    let path: string;
    try {
      path = new URL(ref.authUrl).pathname;
    } catch {
      throw new ControlError(400, 'authUrl is not a URL');
    }
    consent = core.authorizations.consent(path.split('/').pop() ?? '');
  } else consent = core.authorizations.consentByAuthState(ref.clientId, ref.authState);
  if (!consent) throw new ControlError(404, 'no consult matches');
  return consent;
}

export function approve(core: SandboxCore, ref: ConsentRef): { authCode: string; authState: string; redirectUrl: string } {
  const consent = findConsent(core, ref);
  if (consent.status === 'DENIED') throw new ControlError(409, 'the user already denied this authorization');
  const { code, redirectUrl } = approveConsent(core, consent);
  return { authCode: code.authCode, authState: consent.authState, redirectUrl };
}

export function deny(core: SandboxCore, ref: ConsentRef): { redirectUrl: string } {
  const consent = findConsent(core, ref);
  if (consent.status === 'APPROVED') throw new ControlError(409, 'the user already approved this authorization');
  core.authorizations.deny(consent);
  return { redirectUrl: redirectAfterDenial(consent) };
}

/** Time travel: every expiry, window and pending timer follows (the scheduler fires what became due). */
export function advanceClock(core: SandboxCore, seconds: number): { now: string; offsetSeconds: number } {
  if (!Number.isFinite(seconds) || seconds < 0) throw new ControlError(400, 'seconds must be a non-negative number');
  core.clock.advance(seconds * 1000);
  core.scheduler.rearm();
  return clockView(core);
}

export function clockView(core: SandboxCore): { now: string; offsetSeconds: number } {
  return { now: formatAmsDateTime(core.clock.now()), offsetSeconds: core.clock.offset / 1000 };
}

/** The user unbinds in the wallet app: token revoked, notifyAuthorization TOKEN_CANCELED sent. */
export function unbindWallet(core: SandboxCore, accessToken: string, reason = 'user unbound in wallet app'): void {
  const token = core.authorizations.token(accessToken);
  if (!token) throw new ControlError(404, 'unknown accessToken');
  if (token.status === 'REVOKED') throw new ControlError(409, 'the token is already revoked');
  cancelToken(core, token, true, reason);
}

/** Marks a token expired now (ams-spec §10.3 "token marked expired via admin API"). */
export function expireToken(core: SandboxCore, accessToken: string): void {
  const token = core.authorizations.token(accessToken);
  if (!token) throw new ControlError(404, 'unknown accessToken');
  token.accessTokenExpiresAt = new Date(core.clock.now().getTime() - 1);
}
