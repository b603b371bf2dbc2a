import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordSyncStep, verdictAfterStep, verdictBeforeStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
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
  const early = verdictBeforeStep(deps, declarationMachine, declaration, policy);
  if (early) return early;
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
  return verdictAfterStep(declarationMachine, current.status);
}
