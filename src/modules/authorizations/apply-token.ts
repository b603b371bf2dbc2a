import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { callAms, summarize, unresolvedReason } from '../shared/ams-call.js';
import { InputChecker } from '../shared/input-checks.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { recordTransition } from '../shared/record-transition.js';
import type { AuthorizationErrorCode } from './authorization-errors.js';
import type { Authorization } from './authorization.entity.js';
import { loadWithSecrets } from './load-authorization.js';
import { receiveAuthCode } from './receive-auth-code.js';
import { tokenColumns, tokenFacts } from './token-columns.js';
import { openToken } from './token-secrets.js';
import { AUTHORIZATION_TARGET } from './authorization-target.js';

export interface ApplyTokenInput {
  authorizationId: string;
  authCode: string;
  /** When given (e.g. from the redirect), must equal the consult's authState: the anti-tampering check. */
  authState?: string | null;
}

type Result = Outcome<OperationResult<Authorization>, AuthorizationErrorCode>;

/**
 * applyToken with an authCode. The code is stored (encrypted) with AUTH_CODE_RECEIVED and committed first; then
 * AMS exchanges it: S ⇒ ACTIVE with sealed tokens, F ⇒ FAILED. The code is single-use, so the AMS client never
 * resends applyToken: U / timeouts stay AUTH_CODE_RECEIVED with the reason, and NOT_SENT (the code was never
 * used) also stays there, so calling applyToken again with the same code is safe. Sending the same code again
 * after success replays the stored result.
 */
export async function applyToken(deps: OperationDeps, scope: RequestScope, input: ApplyTokenInput): Promise<Result> {
  const merchantId = merchantIdOf(scope);
  const check = new InputChecker<AuthorizationErrorCode>();
  const authorizationId = check.required('authorizationId', input.authorizationId, 64);
  const authCode = check.required('authCode', input.authCode, 128);
  const authState = check.optional('authState', input.authState, 256);
  if (!check.ok || authorizationId === undefined || authCode === undefined) return fail(...check.problems);

  type Prepared = { kind: 'call'; record: Authorization } | { kind: 'replay'; record: Authorization } | { kind: 'refused'; code: AuthorizationErrorCode; message: string; field: string };
  const prepared = await deps.events.transaction(scope.em, async (em, events): Promise<Prepared> => {
    const record = await loadWithSecrets(em, authorizationId);
    if (!record || record.merchantId !== merchantId) {
      return { kind: 'refused', code: 'NOT_FOUND', field: 'authorizationId', message: `no authorization ${authorizationId}` };
    }
    if (authState !== null && authState !== record.authState) {
      return { kind: 'refused', code: 'AUTH_STATE_MISMATCH', field: 'authState', message: 'authState does not match the one this authorization was consulted with' };
    }
    if (record.status === 'ACTIVE' && record.authCodeEncrypted && openToken(deps.encryptor, record.id, 'auth_code', record.authCodeEncrypted) === authCode) {
      return { kind: 'replay', record };
    }
    if (record.status !== 'AWAITING_USER' && record.status !== 'AUTH_CODE_RECEIVED') {
      return { kind: 'refused', code: 'INVALID_STATE', field: 'authorizationId', message: `authorization ${authorizationId} is ${record.status}; applyToken needs AWAITING_USER or AUTH_CODE_RECEIVED` };
    }
    await receiveAuthCode(em, events, deps.encryptor, record, authCode, 'API', deps.clock.now());
    return { kind: 'call', record };
  });
  if (prepared.kind === 'refused') return fail(problem(prepared.code, prepared.field, prepared.message));
  if (prepared.kind === 'replay') return succeed({ record: prepared.record, ams: null, replayed: true });

  const record = prepared.record;
  const client = await deps.amsClients.clientFor(scope, merchantId);
  const outcome = await callAms(client, 'applyToken', {
    grantType: 'AUTHORIZATION_CODE',
    customerBelongsTo: record.customerBelongsTo,
    authCode,
    ...(record.merchantRegion ? { merchantRegion: record.merchantRegion } : {}),
  });
  const stored = await recordTransition(
    deps,
    scope,
    { ...AUTHORIZATION_TARGET, id: record.id, source: 'RESPONSE' },
    () => {
      switch (outcome.kind) {
        case 'S': {
          const set = tokenColumns(deps.encryptor, record.id, outcome.body, deps.clock.now());
          return { to: 'ACTIVE', set, payload: tokenFacts(set) };
        }
        case 'F':
          return { to: 'FAILED', set: { failureCode: outcome.code, failureMessage: outcome.message, statusReason: null }, payload: { code: outcome.code } };
        case 'NOT_SENT':
          return { to: 'AUTH_CODE_RECEIVED', set: { statusReason: 'NOT_SENT' } };
        case 'U':
        case 'UNKNOWN':
          return { to: 'AUTH_CODE_RECEIVED', set: { statusReason: unresolvedReason(outcome) } };
      }
    },
  );
  return succeed({ record: stored, ams: summarize(outcome), replayed: false });
}
