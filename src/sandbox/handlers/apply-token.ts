import type { ApiCall, ApiHandler, SandboxCore } from '../core.js';
import { failed, ParamIllegal, respond, success, type ResponseBody } from '../results.js';
import type { Token } from '../state/authorizations.js';
import { readMerchantRegion } from './contract-rules.js';
import { tokenFields } from './auth-flow.js';

const seconds = (n: number) => n * 1000;

/** A fresh access + refresh token pair with the configured lifetimes, for the same user and consent. */
function issue(core: SandboxCore, clientId: string, wallet: string, now: Date, origin: Pick<Token, 'userLoginId' | 'consentId' | 'authNotifyUrl'>) {
  return core.authorizations.issueToken({
    clientId,
    customerBelongsTo: wallet,
    accessTokenExpiresAt: new Date(now.getTime() + seconds(core.options.accessTokenTtlSeconds)),
    refreshTokenExpiresAt: new Date(now.getTime() + seconds(core.options.refreshTokenTtlSeconds)),
    userLoginId: origin.userLoginId,
    consentId: origin.consentId,
    authNotifyUrl: origin.authNotifyUrl,
  });
}

function exchangeAuthCode(core: SandboxCore, { client, now }: ApiCall, authCode: string, wallet: string): ResponseBody {
  const code = core.authorizations.code(authCode);
  if (!code || code.clientId !== client.clientId) return respond(failed('INVALID_AUTHCODE', 'the authCode does not exist'));
  if (code.used) return respond(failed('INVALID_AUTHCODE', 'the authCode was already used'));
  if (now.getTime() > code.expiresAt.getTime()) return respond(failed('INVALID_AUTHCODE', 'the authCode expired'));
  if (code.customerBelongsTo !== wallet) {
    return respond(failed('INVALID_AUTHCODE', `the authCode was issued by ${code.customerBelongsTo}, not ${wallet}`));
  }
  code.used = true;
  const consent = core.authorizations.consent(code.consentId);
  const token = issue(core, client.clientId, wallet, now, {
    userLoginId: code.userLoginId,
    consentId: code.consentId,
    authNotifyUrl: consent?.authNotifyUrl,
  });
  return respond(success(), tokenFields(token));
}

function refresh(core: SandboxCore, { client, now }: ApiCall, refreshToken: string, wallet: string): ResponseBody {
  const old = core.authorizations.tokenByRefresh(refreshToken);
  if (!old || old.clientId !== client.clientId || old.status === 'REVOKED') {
    return respond(failed('INVALID_REFRESH_TOKEN', 'the refresh token does not exist or was revoked'));
  }
  if (now.getTime() > old.refreshTokenExpiresAt.getTime()) {
    return respond(failed('INVALID_REFRESH_TOKEN', 'the refresh token expired'));
  }
  if (old.customerBelongsTo !== wallet) {
    return respond(failed('INVALID_REFRESH_TOKEN', `the refresh token belongs to ${old.customerBelongsTo}, not ${wallet}`));
  }
  // Rotation: the newest refresh token is the only usable one (ams-spec §5.2: "always store the latest").
  core.authorizations.retireRefreshToken(old);
  if (!core.options.refreshKeepsOldAccessToken) old.status = 'REPLACED';
  const token = issue(core, client.clientId, wallet, now, old);
  return respond(success(), tokenFields(token));
}

/** applyToken (ams-spec §5.2, addendum B.6): AUTHORIZATION_CODE redeems a single-use code; REFRESH_TOKEN rotates. */
export const applyToken: ApiHandler = (core, call) => {
  const { fields } = call;
  const grantType = fields.oneOf('grantType', ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'] as const);
  const wallet = fields.string('customerBelongsTo', 64);
  const authCode = fields.optString('authCode', 128);
  const refreshToken = fields.optString('refreshToken', 128);
  readMerchantRegion(call.client, fields);
  fields.optString('merchantAccountId', 64);
  if (grantType === 'AUTHORIZATION_CODE') {
    if (authCode === undefined) throw new ParamIllegal('authCode', 'is required when grantType is AUTHORIZATION_CODE');
    return exchangeAuthCode(core, call, authCode, wallet);
  }
  if (refreshToken === undefined) throw new ParamIllegal('refreshToken', 'is required when grantType is REFRESH_TOKEN');
  return refresh(core, call, refreshToken, wallet);
};
