import type { Authorization } from '../../modules/authorizations/authorization.entity.js';
import type { AuthorizationErrorCode } from '../../modules/authorizations/authorization-errors.js';
import type { Outcome } from '../../modules/outcome.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { toAmsCallResult, toFailure } from '../operations/operation-types.js';
import { toPspCustomerInfo } from '../operations/wire-inputs.types.js';
import { AuthCodeDetail, AuthorizationError, AuthorizationPayload, AuthorizationType } from './authorization.types.js';

/** Copies public fields only: token columns have no counterpart here, so they cannot leak by accident. */
export function toAuthorizationType(a: Authorization): AuthorizationType {
  return Object.assign(new AuthorizationType(), {
    id: a.id,
    merchantId: a.merchantId,
    status: a.status,
    statusReason: a.statusReason,
    failure: toFailure(a),
    customerBelongsTo: a.customerBelongsTo,
    authClientId: a.authClientId,
    authState: a.authState,
    authRedirectUrl: a.authRedirectUrl,
    scopes: a.scopes,
    normalUrl: a.normalUrl,
    schemeUrl: a.schemeUrl,
    applinkUrl: a.applinkUrl,
    appIdentifier: a.appIdentifier,
    authCodes: (a.authCodeForm?.codeDetails ?? []).map((d) =>
      Object.assign(new AuthCodeDetail(), { codeValueType: d.codeValueType ?? null, codeValue: d.codeValue ?? null, displayType: d.displayType ?? null }),
    ),
    merchantRegion: a.merchantRegion ?? null,
    userLoginId: a.userLoginId ?? null,
    pspCustomerInfo: toPspCustomerInfo(a.pspCustomerInfo ?? null),
    accessTokenHint: a.accessTokenHint,
    accessTokenExpiresAt: a.accessTokenExpiresAt,
    hasRefreshToken: a.hasRefreshToken,
    refreshTokenExpiresAt: a.refreshTokenExpiresAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  });
}

export function toAuthorizationPayload(outcome: Outcome<OperationResult<Authorization>, AuthorizationErrorCode>): AuthorizationPayload {
  const payload = new AuthorizationPayload();
  if (!outcome.ok) return Object.assign(payload, { authorization: null, ams: null, replayed: false, errors: toPayloadErrors(AuthorizationError, outcome.errors) });
  return Object.assign(payload, {
    authorization: toAuthorizationType(outcome.value.record),
    ams: toAmsCallResult(outcome.value.ams),
    replayed: outcome.value.replayed,
    errors: [],
  });
}
