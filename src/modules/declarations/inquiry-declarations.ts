import type { DeclarationRecord } from '../../ams/index.js';
import { parseAmsDateTime } from '../../shared/time.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { callAms, summarize, type AmsCallSummary } from '../shared/ams-call.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { TransitionPlan } from '../shared/record-transition.js';
import { recordTransition } from '../shared/record-transition.js';
import type { DeclarationErrorCode } from './declaration-errors.js';
import { declarationMachine, declarationStatusFromAms, type DeclarationStatus } from './declaration-status.js';
import { Declaration } from './declaration.entity.js';

export interface DeclarationInquiryResult {
  declarations: Declaration[];
  /** Request ids AMS does not know (or that are not ours). */
  notFound: string[];
  ams: AmsCallSummary;
}

const MAX_IDS = 10;

function planFromRecord(record: DeclarationRecord): TransitionPlan<Declaration, DeclarationStatus> | null {
  const to = record.declarationRequestStatus ? declarationStatusFromAms(record.declarationRequestStatus) : null;
  if (!to) return null;
  const facts: Partial<Declaration> = {
    ...(record.customsPaymentId ? { customsPaymentId: record.customsPaymentId } : {}),
    ...(record.customsOrderId ? { customsOrderId: record.customsOrderId } : {}),
    ...(record.customsDeclarationResultCode ? { customsResultCode: record.customsDeclarationResultCode } : {}),
    ...(record.customsDeclarationResultDesc ? { customsResultDescription: record.customsDeclarationResultDesc } : {}),
  };
  if (to === 'FAILED') {
    return {
      to,
      set: { ...facts, failureCode: record.customsDeclarationResultCode ?? 'FAIL', failureMessage: record.customsDeclarationResultDesc ?? null, statusReason: null },
      payload: { code: record.customsDeclarationResultCode ?? 'FAIL' },
    };
  }
  if (to === 'SUCCEEDED') {
    const returned = record.customsDeclarationReturnTime ? parseAmsDateTime(record.customsDeclarationReturnTime) : null;
    return { to, set: { ...facts, statusReason: null }, payload: { returnedAt: returned?.toISOString() ?? null } };
  }
  return { to, set: { ...facts, statusReason: `INQUIRY ${record.declarationRequestStatus}` } };
}

/**
 * inquiryDeclarationRequests, live, for 1–10 of our declarations (by declarationRequestId): applies each customs
 * answer to its record (source INQUIRY). Ids that are not ours are reported as not found without asking AMS.
 */
export async function inquiryDeclarations(
  deps: OperationDeps,
  scope: RequestScope,
  declarationRequestIds: string[],
): Promise<Outcome<DeclarationInquiryResult, DeclarationErrorCode>> {
  const ids = [...new Set(declarationRequestIds.map((id) => id.trim()).filter((id) => id !== ''))];
  if (ids.length === 0) return fail(problem('REQUIRED', 'declarationRequestIds', 'give 1 to 10 declarationRequestIds'));
  if (ids.length > MAX_IDS) return fail(problem('INVALID', 'declarationRequestIds', `${ids.length} ids given; AMS answers at most ${MAX_IDS} per inquiry`));
  const known = await scope.em.fork().find(Declaration, { declarationRequestId: { $in: ids } }, { refresh: true });
  if (known.length === 0) return fail(problem('NOT_FOUND', 'declarationRequestIds', `no declaration with declarationRequestId ${ids.join(', ')}`));
  const merchantIds = new Set(known.map((d) => d.merchantId));
  if (merchantIds.size > 1) return fail(problem('INVALID', 'declarationRequestIds', 'the declarations belong to different merchants; inquire per merchant'));

  const client = await deps.amsClients.clientFor(scope, known[0]!.merchantId);
  const outcome = await callAms(client, 'inquiryDeclarationRequests', { declarationRequestIds: known.map((d) => d.declarationRequestId) });
  const notFound = ids.filter((id) => !known.some((d) => d.declarationRequestId === id));
  if (outcome.kind !== 'S') return succeed({ declarations: known, notFound, ams: summarize(outcome) });

  notFound.push(...(outcome.body.declarationRequestsNotFound ?? []));
  const declarations: Declaration[] = [];
  for (const declaration of known) {
    const answer = outcome.body.declarationRecords?.find((r) => r.declarationRequestId === declaration.declarationRequestId);
    if (!answer) {
      declarations.push(declaration);
      continue;
    }
    declarations.push(
      await recordTransition(
        deps,
        scope,
        { entityName: Declaration, aggregateType: 'DECLARATION', machine: declarationMachine, id: declaration.id, source: 'INQUIRY' },
        () => planFromRecord(answer),
      ),
    );
  }
  return succeed({ declarations, notFound: [...new Set(notFound)], ams: summarize(outcome) });
}
