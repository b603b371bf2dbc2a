import type { Authorization } from '../../modules/authorizations/authorization.entity.js';
import type { AuthorizationErrorCode } from '../../modules/authorizations/authorization-errors.js';
import type { Outcome } from '../../modules/outcome.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toOperationPayload } from '../operations/operation-payload.js';
import { toOperationRecordFields } from '../operations/operation-record.types.js';
import { toPspCustomerInfo } from '../operations/wire-inputs.types.js';
import { AuthCodeDetail, AuthorizationPayload, AuthorizationType } from './authorization.types.js';

/** Copies public fields only: token columns have no counterpart here, so they cannot leak by accident. */
export function toAuthorizationType(a: Authorization): AuthorizationType {
  return Object.assign(new AuthorizationType(), toOperationRecordFields(a), {
    status: a.status,
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
  });
}

export function toAuthorizationPayload(outcome: Outcome<OperationResult<Authorization>, AuthorizationErrorCode>): AuthorizationPayload {
  return toOperationPayload(AuthorizationPayload, outcome, toAuthorizationType);
}
