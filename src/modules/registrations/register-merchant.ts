import { newId } from '../../shared/ids.js';
import { fail, type Outcome } from '../outcome.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { createOnce, insertCreated } from '../shared/create-once.js';
import { inputHash } from '../shared/idempotency.js';
import { InputChecker } from '../shared/input-checks.js';
import { notifyUrl } from '../shared/notify-urls.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { RegistrationErrorCode } from './registration-errors.js';
import { checkRegistrationInput, type RegisterMerchantInput } from './registration-inputs.js';
import { registrationMachine, type RegistrationStatus } from './registration-status.js';
import { Registration } from './registration.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { callAndRecord, planFromAnswer } from '../shared/ams-operation.js';
import type { AmsResponseOf } from '../../ams/index.js';

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
    async (em, events, fresh) => {
      const id = newId(ID_PREFIXES.registration);
      const record = Object.assign(new Registration(), {
        ...fresh,
        id,
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
      });
      return insertCreated(em, events, record, { aggregateType: 'REGISTRATION', toStatus: 'PENDING', payload: { referenceMerchantId: record.referenceMerchantId, registrationRequestId: record.registrationRequestId } });
    },
  );
  return callAndRecord(deps, scope, created, 'IDEMPOTENCY_MISMATCH', {
    target: { entityName: Registration, aggregateType: 'REGISTRATION', machine: registrationMachine },
    api: 'registration',
    request: (record) => {
      const registrationNotifyURL = notifyUrl(deps.publicBaseUrl, merchantId, 'registration');
      return {
        registrationRequestId: record.registrationRequestId,
        ...(registrationNotifyURL ? { registrationNotifyURL } : {}),
        merchantInfo: n.merchantInfo,
        productCodes: record.productCodes,
        ...(n.passThroughInfo ? { passThroughInfo: n.passThroughInfo } : {}),
      };
    },
    plan: (outcome) =>
      planFromAnswer<Registration, RegistrationStatus, AmsResponseOf<'registration'>>(outcome, {
        succeeded: () => ({ to: 'PROCESSING', set: { statusReason: 'waiting for the wallets' } }),
        failed: 'FAILED',
        unresolved: 'PENDING',
      }),
  });
}
