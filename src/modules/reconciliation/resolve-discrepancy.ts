import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import type { ReconciliationDeps } from './import-report.js';
import { reconciliationProblem, type ReconciliationOutcome } from './reconciliation-errors.js';
import { ReconciliationDiscrepancy } from './reconciliation-discrepancy.entity.js';

const MAX_NOTE = 2000;

/**
 * An operator closes a discrepancy with a note saying what was done (refund re-run, booking corrected…). The update is
 * conditional on OPEN, so two operators cannot both resolve it; the aggregate's event log records the resolution.
 */
export async function resolveDiscrepancy(
  deps: ReconciliationDeps,
  scope: RequestScope,
  id: string,
  note: string,
): Promise<ReconciliationOutcome<ReconciliationDiscrepancy>> {
  requirePlatformAdmin(scope);
  const text = note.trim();
  if (text === '') return { ok: false, errors: [reconciliationProblem('REQUIRED', 'note', 'say how the discrepancy was resolved')] };
  if (text.length > MAX_NOTE) return { ok: false, errors: [reconciliationProblem('TOO_LONG', 'note', `note is longer than ${MAX_NOTE} characters`)] };
  return deps.events.transaction(scope.em.fork(), async (em, events): Promise<ReconciliationOutcome<ReconciliationDiscrepancy>> => {
    const found = await em.findOne(ReconciliationDiscrepancy, { id }, { refresh: true });
    if (!found) return { ok: false, errors: [reconciliationProblem('NOT_FOUND', 'id', `no discrepancy ${id}`)] };
    const now = deps.clock.now();
    const changed = await em.nativeUpdate(
      ReconciliationDiscrepancy,
      { id, status: 'OPEN' },
      { status: 'RESOLVED', resolvedAt: now, resolutionNote: text, resolvedBy: scope.actor.keyId },
    );
    if (changed === 0) return { ok: false, errors: [reconciliationProblem('ALREADY_RESOLVED', 'id', `discrepancy ${id} is already resolved`)] };
    if (found.aggregateType && found.aggregateId) {
      await events.append({
        merchantId: found.merchantId,
        aggregateType: found.aggregateType,
        aggregateId: found.aggregateId,
        type: 'RECONCILIATION_RESOLVED',
        source: 'ADMIN',
        payload: { importId: found.importId, discrepancyId: id, kind: found.kind, note: text },
      });
    }
    return { ok: true, value: Object.assign(found, { status: 'RESOLVED', resolvedAt: now, resolutionNote: text, resolvedBy: scope.actor.keyId }) };
  });
}
