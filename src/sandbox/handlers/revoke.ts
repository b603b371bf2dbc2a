import type { ApiHandler } from '../core.js';
import { failed, respond, success } from '../results.js';
import { checkAccessToken } from '../state/authorizations.js';
import { cancelToken } from './auth-flow.js';

/** revoke (ams-spec §5.3, addendum B.7): the token and its refresh token die at once. */
export const revoke: ApiHandler = (core, { client, fields, now }) => {
  const accessToken = fields.string('accessToken', 128);
  fields.optString('merchantAccountId', 64);
  const token = core.authorizations.token(accessToken);
  const check = checkAccessToken(token, client.clientId, now);
  if (!check.ok) {
    const known = token !== undefined && token.clientId === client.clientId;
    if (known && core.options.revokeDeadToken === 'SUCCESS') return respond(success());
    return respond(failed('INVALID_ACCESS_TOKEN', check.reason));
  }
  cancelToken(core, check.token, core.options.notifyOnRevoke, 'revoked by the merchant');
  return respond(success());
};
