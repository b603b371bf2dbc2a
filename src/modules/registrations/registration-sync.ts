import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { isFinal } from '../shared/status-machine.js';
import { ageSeconds, recordSyncStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
import { findRegistration, inquiryRegistrationStatus } from './inquiry-registration.js';
import { registrationMachine } from './registration-status.js';

/** One step for a registration not final yet: inquire until COMPLETED / REJECTED / FAILED (no cancel exists). */
export async function syncRegistration(deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number): Promise<SyncVerdict> {
  const registration = await findRegistration(scope.em.fork(), { id });
  if (!registration) return { kind: 'resolved', status: 'MISSING' };
  if (isFinal(registrationMachine, registration.status)) return { kind: 'resolved', status: registration.status };
  if (registration.status === 'PENDING' && ageSeconds(deps, registration.createdAt) < policy.pendingGraceSeconds) return { kind: 'again', status: registration.status };
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
  return isFinal(registrationMachine, current.status) ? { kind: 'resolved', status: current.status } : { kind: 'again', status: current.status };
}
