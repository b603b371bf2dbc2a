import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { inquiredOrThrow, recordSyncStep, startStep, verdictAfterStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
import { findRegistration, inquiryRegistrationStatus } from './inquiry-registration.js';
import { registrationMachine } from './registration-status.js';

/** One step for a registration not final yet: inquire until COMPLETED / REJECTED / FAILED (no cancel exists). */
export async function syncRegistration(deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number): Promise<SyncVerdict> {
  const start = startStep(deps, registrationMachine, await findRegistration(scope.em.fork(), { id }), policy);
  if ('verdict' in start) return start.verdict;
  const registration = start.record;
  const inquiry = inquiredOrThrow('REGISTRATION', id, await inquiryRegistrationStatus(deps, scope, { id }));
  const current = inquiry.registration;
  const ams = inquiry.ams;
  await recordSyncStep(deps, scope, { merchantId: registration.merchantId, aggregateType: 'REGISTRATION', id, status: current.status }, {
    step,
    action: 'INQUIRY',
    result: `${ams.status} ${ams.code}`,
    status: current.status,
  });
  return verdictAfterStep(registrationMachine, current.status);
}
