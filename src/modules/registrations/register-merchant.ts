import { newId } from '../../shared/ids.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { callAms, NOT_SENT_CODE, summarize, unresolvedReason } from '../shared/ams-call.js';
import { answerWithoutCall, createOnce, insertCreated } from '../shared/create-once.js';
import { inputHash } from '../shared/idempotency.js';
import { InputChecker } from '../shared/input-checks.js';
import { notifyUrl } from '../shared/notify-urls.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { recordTransition } from '../shared/record-transition.js';
import type { RegistrationErrorCode } from './registration-errors.js';
import { checkRegistrationInput, type RegisterMerchantInput } from './registration-inputs.js';
import { registrationMachine, type RegistrationStatus } from './registration-status.js';
import { Registration } from './registration.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

type Result = Outcome<OperationResult<Registration>, RegistrationErrorCode>;

/**
 * registration of a secondary merchant. S only means accepted: PROCESSING until inquiryRegistrationStatus (or
 * notifyRegistrationStatus) reports COMPLETED / REJECTED. F (e.g. REPEAT_REGISTRATION) ⇒ FAILED. U / timeout keep
 * PENDING with the reason (the request's fate is unknown; resending it with the same registrationRequestId is
 * safe). NOT_SENT ⇒ FAILED NOT_SENT.
 */
export async function registerMerchant(deps: OperationDeps, scope: RequestScope, input: RegisterMerchantInput): Promise<Result> {
  const merchantId = merchantIdOf(scope);
  const check = new InputChecker<RegistrationErrorCode>();
  const n = checkRegistrationInput(input, check);
  if (!n) return fail(...check.problems);
  const hash = inputHash('registration', { ...n, idempotencyKey: undefined });

  const created = await createOnce<Registration, RegistrationErrorCode>(
    deps,
    scope,
    Registration,
    { merchantId, inputHash: hash, idempotencyKey: n.idempotencyKey, requestIdField: 'registrationRequestId', requestId: n.registrationRequestId },
    async (em, events) => {
      const now = deps.clock.now();
      const id = newId(ID_PREFIXES.registration);
      const record = Object.assign(new Registration(), {
        id,
        merchantId,
        status: 'PENDING' as RegistrationStatus,
        registrationRequestId: n.registrationRequestId ?? id,
        referenceMerchantId: n.referenceMerchantId,
        merchantDisplayName: n.merchantDisplayName,
        merchantMcc: n.merchantMcc,
        productCodes: n.productCodes,
        websiteUrl: n.websiteUrl,
        legalName: n.legalName,
        region: n.region,
        merchantInfo: n.merchantInfo,
        passThroughInfo: n.passThroughInfo,
        idempotencyKey: n.idempotencyKey,
        inputHash: hash,
        createdAt: now,
        updatedAt: now,
      });
      return insertCreated(em, events, record, { aggregateType: 'REGISTRATION', toStatus: 'PENDING', payload: { referenceMerchantId: record.referenceMerchantId, registrationRequestId: record.registrationRequestId } });
    },
  );
  if (created.kind !== 'created') return answerWithoutCall(created, 'IDEMPOTENCY_MISMATCH');

  const record = created.record;
  const client = await deps.amsClients.clientFor(scope, merchantId);
  const registrationNotifyURL = notifyUrl(deps.publicBaseUrl, merchantId, 'registration');
  const outcome = await callAms(client, 'registration', {
    registrationRequestId: record.registrationRequestId,
    ...(registrationNotifyURL ? { registrationNotifyURL } : {}),
    merchantInfo: n.merchantInfo,
    productCodes: record.productCodes,
    ...(n.passThroughInfo ? { passThroughInfo: n.passThroughInfo } : {}),
  });
  const stored = await recordTransition(
    deps,
    scope,
    { entityName: Registration, aggregateType: 'REGISTRATION', machine: registrationMachine, id: record.id, source: 'RESPONSE' },
    () => {
      switch (outcome.kind) {
        case 'S':
          return { to: 'PROCESSING', set: { statusReason: 'waiting for the wallets' } };
        case 'F':
          return { to: 'FAILED', set: { failureCode: outcome.code, failureMessage: outcome.message, statusReason: null }, payload: { code: outcome.code } };
        case 'NOT_SENT':
          return { to: 'FAILED', set: { failureCode: NOT_SENT_CODE, failureMessage: outcome.message }, payload: { code: NOT_SENT_CODE } };
        case 'U':
        case 'UNKNOWN':
          return { to: 'PENDING', set: { statusReason: unresolvedReason(outcome) } };
      }
    },
  );
  return succeed({ record: stored, ams: summarize(outcome), replayed: false });
}
