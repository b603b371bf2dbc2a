import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { isFinal } from '../shared/status-machine.js';
import { ageSeconds, recordSyncStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
import { declarationMachine } from './declaration-status.js';
import { Declaration } from './declaration.entity.js';
import { inquiryDeclarations } from './inquiry-declarations.js';

/**
 * One step for a declaration left PENDING / PROCESSING: inquire until customs answers (no cancel exists). One AMS
 * does not know is not resent here: it stays unresolved until the job gives up and an operator looks (rare: only a
 * crash between persisting and sending produces it).
 */
export async function syncDeclaration(deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number): Promise<SyncVerdict> {
  const declaration = await scope.em.fork().findOne(Declaration, { id }, { refresh: true });
  if (!declaration) return { kind: 'resolved', status: 'MISSING' };
  if (isFinal(declarationMachine, declaration.status)) return { kind: 'resolved', status: declaration.status };
  if (declaration.status === 'PENDING' && ageSeconds(deps, declaration.createdAt) < policy.pendingGraceSeconds) return { kind: 'again', status: declaration.status };
  const inquiry = await inquiryDeclarations(deps, scope, [declaration.declarationRequestId]);
  if (!inquiry.ok) throw new Error(`inquiry of declaration ${id} refused: ${inquiry.errors.map((e) => e.code).join(', ')}`);
  const current = inquiry.value.declarations.find((d) => d.id === id) ?? declaration;
  const ams = inquiry.value.ams;
  await recordSyncStep(deps, scope, { merchantId: declaration.merchantId, aggregateType: 'DECLARATION', id, status: current.status }, {
    step,
    action: 'INQUIRY',
    result: `${ams.status} ${ams.code}`,
    notFound: inquiry.value.notFound.length > 0,
    status: current.status,
  });
  return isFinal(declarationMachine, current.status) ? { kind: 'resolved', status: current.status } : { kind: 'again', status: current.status };
}
