import type { EntityManager } from '@mikro-orm/postgresql';
import type { MerchantRegistrationInfo } from '../../ams/index.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { callAms, summarize, type AmsCallSummary } from '../shared/ams-call.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import type { RegistrationErrorCode } from './registration-errors.js';
import { registrationMachine, registrationStatusFromAms } from './registration-status.js';
import { Registration } from './registration.entity.js';

export interface RegistrationRef {
  id?: string | null;
  registrationRequestId?: string | null;
  /** The latest of our registrations for this secondary merchant. */
  referenceMerchantId?: string | null;
}

export interface PspRegistrationStatus {
  pspName: string;
  registrationStatus: string | null;
  rejectReasons: string | null;
}

export interface RegistrationStatusResult {
  registration: Registration;
  /** AMS's overall status string, as sent (e.g. COMPLETED). */
  amsRegistrationStatus: string | null;
  pspResults: PspRegistrationStatus[];
  ams: AmsCallSummary;
}

export function findRegistration(em: EntityManager, ref: RegistrationRef): Promise<Registration | null> {
  if (ref.id) return em.findOne(Registration, { id: ref.id }, { refresh: true });
  if (ref.registrationRequestId) return em.findOne(Registration, { registrationRequestId: ref.registrationRequestId }, { refresh: true });
  if (ref.referenceMerchantId) {
    return em.findOne(Registration, { referenceMerchantId: ref.referenceMerchantId }, { orderBy: { id: 'desc' }, refresh: true });
  }
  return Promise.resolve(null);
}

/** inquiryRegistrationStatus, live, for one of our registrations; applies the status it learns (source INQUIRY). */
export async function inquiryRegistrationStatus(
  deps: OperationDeps,
  scope: RequestScope,
  ref: RegistrationRef,
): Promise<Outcome<RegistrationStatusResult, RegistrationErrorCode>> {
  const named = ref.id ? ['id', ref.id] : ref.registrationRequestId ? ['registrationRequestId', ref.registrationRequestId] : ref.referenceMerchantId ? ['referenceMerchantId', ref.referenceMerchantId] : null;
  if (!named) return fail(problem('REQUIRED', null, 'give one of id, registrationRequestId, referenceMerchantId'));
  const registration = await findRegistration(scope.em.fork(), ref);
  if (!registration) return fail(problem('NOT_FOUND', named[0]!, `no registration with ${named[0]} ${named[1]}`));

  const client = await deps.amsClients.clientFor(scope, registration.merchantId);
  const outcome = await callAms(client, 'inquiryRegistrationStatus', { registrationRequestId: registration.registrationRequestId });
  if (outcome.kind !== 'S') return succeed({ registration, amsRegistrationStatus: null, pspResults: [], ams: summarize(outcome) });

  const result = outcome.body.registrationResult;
  const amsStatus = result?.registrationStatus ?? null;
  const to = amsStatus ? registrationStatusFromAms(amsStatus) : null;
  const stored = to
    ? await recordTransition(
        deps,
        scope,
        { entityName: Registration, aggregateType: 'REGISTRATION', machine: registrationMachine, id: registration.id, source: 'INQUIRY' },
        () => ({
          to,
          set: {
            rejectReasons: result?.rejectReasons ?? null,
            statusReason: to === 'PROCESSING' ? `INQUIRY ${amsStatus}` : null,
          },
          ...(to === 'REJECTED' ? { payload: { rejectReasons: result?.rejectReasons ?? null } } : {}),
        }),
      )
    : registration;
  return succeed({
    registration: stored,
    amsRegistrationStatus: amsStatus,
    pspResults: (outcome.body.pspRegistrationResultList ?? []).map((psp) => ({
      pspName: psp.pspName ?? '',
      registrationStatus: psp.registrationResult?.registrationStatus ?? null,
      rejectReasons: psp.registrationResult?.rejectReasons ?? null,
    })),
    ams: summarize(outcome),
  });
}

export interface RegistrationInfoResult {
  info: MerchantRegistrationInfo | null;
  productCodes: string[];
  ams: AmsCallSummary;
}

/** inquiryRegistrationInfo, live: what AMS has on file for a secondary merchant. Changes nothing locally. */
export async function inquiryRegistrationInfo(
  deps: OperationDeps,
  scope: RequestScope,
  referenceMerchantIdInput: string,
): Promise<Outcome<RegistrationInfoResult, RegistrationErrorCode>> {
  const referenceMerchantId = referenceMerchantIdInput.trim();
  if (referenceMerchantId === '') return fail(problem('REQUIRED', 'referenceMerchantId', 'referenceMerchantId is required'));
  if (referenceMerchantId.length > 64) return fail(problem('TOO_LONG', 'referenceMerchantId', 'referenceMerchantId is longer than 64 characters'));
  // The secondary merchant must be one this merchant registered (admins: any registered one).
  const registration = await findRegistration(scope.em.fork(), { referenceMerchantId });
  if (!registration) return fail(problem('NOT_FOUND', 'referenceMerchantId', `no registration for referenceMerchantId ${referenceMerchantId}`));
  const merchantId = scope.actor.merchantId === null ? registration.merchantId : merchantIdOf(scope);
  const client = await deps.amsClients.clientFor(scope, merchantId);
  const outcome = await callAms(client, 'inquiryRegistrationInfo', { referenceMerchantId });
  if (outcome.kind !== 'S') return succeed({ info: null, productCodes: [], ams: summarize(outcome) });
  return succeed({ info: outcome.body.merchantInfo ?? null, productCodes: outcome.body.productCodes ?? [], ams: summarize(outcome) });
}
