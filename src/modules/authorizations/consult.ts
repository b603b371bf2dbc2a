import { randomUUID } from 'node:crypto';
import { newId } from '../../shared/ids.js';
import { fail, type Outcome } from '../outcome.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { createOnce, insertCreated } from '../shared/create-once.js';
import { inputHash } from '../shared/idempotency.js';
import { InputChecker } from '../shared/input-checks.js';
import { notifyUrl } from '../shared/notify-urls.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { AuthorizationErrorCode } from './authorization-errors.js';
import { checkConsultInput, type ConsultInput } from './authorization-inputs.js';
import type { AuthorizationStatus } from './authorization-status.js';
import { Authorization } from './authorization.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { callAndRecord, planFromAnswer } from '../shared/ams-operation.js';
import type { AmsResponseOf } from '../../ams/index.js';
import { AUTHORIZATION_TARGET } from './authorization-target.js';

type Result = Outcome<OperationResult<Authorization>, AuthorizationErrorCode>;

/**
 * consult: persists a CONSULTING authorization with its authState, asks AMS for the wallet's authorization page,
 * then records AWAITING_USER with the URLs (S) or FAILED with the code (F). U / timeouts keep CONSULTING with the
 * reason: consult has no side effect at AMS, so the caller simply consults again. NOT_SENT ⇒ FAILED NOT_SENT.
 */
export async function consult(deps: OperationDeps, scope: RequestScope, input: ConsultInput): Promise<Result> {
  const merchantId = merchantIdOf(scope);
  const check = new InputChecker<AuthorizationErrorCode>();
  const normalised = checkConsultInput(input, check);
  if (!normalised) return fail(...check.problems);
  // The certificate number never reaches storage, not even inside the input hash.
  const hash = inputHash('consult', { ...normalised, idempotencyKey: undefined, authMetaData: normalised.authMetaData?.accountHolderName ?? null });
  const merchantRegion = normalised.merchantRegion ?? (await deps.amsClients.defaultsFor(scope, merchantId)).merchantRegion;

  const created = await createOnce<Authorization, AuthorizationErrorCode>(
    deps,
    scope,
    Authorization,
    { merchantId, inputHash: hash, idempotencyKey: normalised.idempotencyKey, requestIdField: 'authState', requestId: normalised.authState },
    async (em, events, fresh) => {
      const record = Object.assign(new Authorization(), {
        ...fresh,
        id: newId(ID_PREFIXES.authorization),
        status: 'CONSULTING' as AuthorizationStatus,
        customerBelongsTo: normalised.customerBelongsTo,
        authClientId: normalised.authClientId,
        authState: normalised.authState ?? randomUUID(),
        authRedirectUrl: normalised.authRedirectUrl,
        scopes: normalised.scopes,
        terminalType: normalised.terminalType,
        osType: normalised.osType,
        merchantRegion,
      });
      return insertCreated(em, events, record, { aggregateType: 'AUTHORIZATION', toStatus: 'CONSULTING', payload: { customerBelongsTo: record.customerBelongsTo, scopes: record.scopes } });
    },
  );
  return callAndRecord(deps, scope, created, 'IDEMPOTENCY_MISMATCH', {
    target: AUTHORIZATION_TARGET,
    api: 'consult',
    request: (record) => {
      const authNotifyUrl = notifyUrl(deps.publicBaseUrl, merchantId, 'authorization');
      return {
        customerBelongsTo: record.customerBelongsTo,
        authRedirectUrl: record.authRedirectUrl,
        scopes: record.scopes,
        authState: record.authState,
        terminalType: record.terminalType ?? 'WEB',
        ...(record.osType ? { osType: record.osType } : {}),
        ...(normalised.osVersion ? { osVersion: normalised.osVersion } : {}),
        ...(record.authClientId ? { authClientId: record.authClientId } : {}),
        ...(authNotifyUrl ? { authNotifyUrl } : {}),
        ...(record.merchantRegion ? { merchantRegion: record.merchantRegion } : {}),
        ...(normalised.recurringPayment !== null ? { recurringPayment: normalised.recurringPayment } : {}),
        ...(normalised.env ? { env: normalised.env } : {}),
        ...(normalised.authMetaData && Object.keys(normalised.authMetaData).length > 0 ? { authMetaData: normalised.authMetaData } : {}),
      };
    },
    plan: (outcome) =>
      planFromAnswer<Authorization, AuthorizationStatus, AmsResponseOf<'consult'>>(outcome, {
        succeeded: (body) => ({
          to: 'AWAITING_USER',
          set: {
            normalUrl: body.normalUrl ?? body.authUrl ?? null,
            schemeUrl: body.schemeUrl ?? null,
            applinkUrl: body.applinkUrl ?? null,
            appIdentifier: body.appIdentifier ?? null,
            authCodeForm: body.authCodeForm ?? null,
            statusReason: null,
          },
        }),
        failed: 'FAILED',
        unresolved: 'CONSULTING',
      }),
  });
}
