import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { inquiredOrThrow, recordSyncStep, startStep, verdictAfterStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
import { declarationMachine } from './declaration-status.js';
import { Declaration } from './declaration.entity.js';
import { inquiryDeclarations } from './inquiry-declarations.js';

/**
 * One step for a declaration left PENDING / PROCESSING: inquire until customs answers (no cancel exists). One AMS
 * does not know is not resent here: it stays unresolved until the job gives up and an operator looks (rare: only a
 * crash between persisting and sending produces it).
 */
export async function syncDeclaration(deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number): Promise<SyncVerdict> {
  const start = startStep(deps, declarationMachine, await scope.em.fork().findOne(Declaration, { id }, { refresh: true }), policy);
  if ('verdict' in start) return start.verdict;
  const declaration = start.record;
  const inquiry = inquiredOrThrow('DECLARATION', id, await inquiryDeclarations(deps, scope, [declaration.declarationRequestId]));
  const current = inquiry.declarations.find((d) => d.id === id) ?? declaration;
  const ams = inquiry.ams;
  await recordSyncStep(deps, scope, { merchantId: declaration.merchantId, aggregateType: 'DECLARATION', id, status: current.status }, {
    step,
    action: 'INQUIRY',
    result: `${ams.status} ${ams.code}`,
    notFound: inquiry.notFound.length > 0,
    status: current.status,
  });
  return verdictAfterStep(declarationMachine, current.status);
}
