import type { NotifyRegistrationStatusBody } from '../../ams/index.js';
import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import { findRegistration } from './inquiry-registration.js';
import { registrationMachine, registrationStatusFromAms } from './registration-status.js';
import { Registration } from './registration.entity.js';

/** notifyRegistrationStatus → the same transition as inquiryRegistrationStatus, source NOTIFICATION. */
export async function applyRegistrationNotification(
  deps: OperationDeps,
  scope: RequestScope,
  body: NotifyRegistrationStatusBody,
): Promise<Registration | null> {
  const registration = await findRegistration(scope.em.fork(), {
    registrationRequestId: body.registrationRequestId ?? null,
    referenceMerchantId: body.registrationRequestId ? null : (body.referenceMerchantId ?? null),
  });
  const amsStatus = body.registrationResult?.registrationStatus;
  const to = amsStatus ? registrationStatusFromAms(amsStatus) : null;
  if (!registration || !to) return registration;
  return recordTransition(
    deps,
    scope,
    { entityName: Registration, aggregateType: 'REGISTRATION', machine: registrationMachine, id: registration.id, source: 'NOTIFICATION' },
    () => ({
      to,
      set: { rejectReasons: body.registrationResult?.rejectReasons ?? null, statusReason: to === 'PROCESSING' ? `NOTIFICATION ${amsStatus}` : null },
    }),
  );
}
