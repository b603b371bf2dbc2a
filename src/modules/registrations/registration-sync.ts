import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordSyncStep, verdictAfterStep, verdictBeforeStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
import { findRegistration, inquiryRegistrationStatus } from './inquiry-registration.js';
import { registrationMachine } from './registration-status.js';

/** One step for a registration not final yet: inquire until COMPLETED / REJECTED / FAILED (no cancel exists). */
export async function syncRegistration(deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number): Promise<SyncVerdict> {
  const registration = await findRegistration(scope.em.fork(), { id });
  if (!registration) return { kind: 'resolved', status: 'MISSING' };
  const early = verdictBeforeStep(deps, registrationMachine, registration, policy);
  if (early) return early;
  const inquiry = await inquiryRegistrationStatus(deps, scope, { id });
  if (!inquiry.ok) throw new Error(`inquiry of registration ${id} refused: ${inquiry.errors.map((e) => e.code).join(', ')}`);
  const current = inquiry.value.registration;
  const ams = inquiry.value.ams;
  await recordSyncStep(deps, scope, { merchantId: registration.merchantId, aggregateType: 'REGISTRATION', id, status: current.status }, {
    step,
    action: 'INQUIRY',
    result: `${ams.status} ${ams.code}`,
    status: current.status,
  });
  return verdictAfterStep(registrationMachine, current.status);
}
