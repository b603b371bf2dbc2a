import type { Page, PageRequest } from '../pagination.js';
import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import { listPage, type ListDeps } from '../shared/listing.js';
import type { DiscrepancyKind, DiscrepancyStatus } from './discrepancy-kinds.js';
import { importReport, type ImportReportInput, type ImportReportResult, type ReconciliationDeps } from './import-report.js';
import type { ReconciliationOutcome } from './reconciliation-errors.js';
import { ReconciliationDiscrepancy } from './reconciliation-discrepancy.entity.js';
import { ReconciliationImport } from './reconciliation-import.entity.js';
import { resolveDiscrepancy } from './resolve-discrepancy.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface DiscrepancyFilter {
  importId?: string | null;
  merchantId?: string | null;
  kind?: DiscrepancyKind | null;
  status?: DiscrepancyStatus | null;
}

/** Reconciliation of Antom report files against our payments and refunds. Platform admins only. */
export class ReconciliationService {
  constructor(private readonly deps: ReconciliationDeps & ListDeps) {}

  importReport(scope: RequestScope, input: ImportReportInput): Promise<ReconciliationOutcome<ImportReportResult>> {
    return importReport(this.deps, scope, input);
  }

  resolve(scope: RequestScope, id: string, note: string): Promise<ReconciliationOutcome<ReconciliationDiscrepancy>> {
    return resolveDiscrepancy(this.deps, scope, id, note);
  }

  findImport(scope: RequestScope, id: string): Promise<ReconciliationImport | null> {
    requirePlatformAdmin(scope);
    return scope.em.fork().findOne(ReconciliationImport, { id }, { refresh: true });
  }

  /** Newest first. */
  listImports(scope: RequestScope, merchantId: string | null, page: PageRequest): Promise<Page<ReconciliationImport>> {
    requirePlatformAdmin(scope);
    return listPage(this.deps, scope, { entity: ReconciliationImport, idPrefix: ID_PREFIXES.reconciliationImport }, {}, merchantId ? { merchantId } : {}, page);
  }

  /** Newest first; by import or by merchant (across its imports). */
  listDiscrepancies(scope: RequestScope, filter: DiscrepancyFilter, page: PageRequest): Promise<Page<ReconciliationDiscrepancy>> {
    requirePlatformAdmin(scope);
    const where: Record<string, string> = {};
    if (filter.importId) where.importId = filter.importId;
    if (filter.merchantId) where.merchantId = filter.merchantId;
    if (filter.kind) where.kind = filter.kind;
    return listPage(this.deps, scope, { entity: ReconciliationDiscrepancy, idPrefix: ID_PREFIXES.discrepancy }, { status: filter.status ?? null }, where, page);
  }
}
