import type { ReconciliationProblem } from '../../modules/reconciliation/reconciliation-errors.js';
import type { ReconciliationDiscrepancy } from '../../modules/reconciliation/reconciliation-discrepancy.entity.js';
import type { ReconciliationImport } from '../../modules/reconciliation/reconciliation-import.entity.js';
import { ReconciliationAmount, ReconciliationDiscrepancyType, ReconciliationError, ReconciliationImportType } from './reconciliation.types.js';

const amount = (value: string | null, currency: string | null) =>
  value === null || currency === null ? null : Object.assign(new ReconciliationAmount(), { value, currency });

export function toImportType(record: ReconciliationImport): ReconciliationImportType {
  return Object.assign(new ReconciliationImportType(), record);
}

export function toDiscrepancyType(record: ReconciliationDiscrepancy): ReconciliationDiscrepancyType {
  return Object.assign(new ReconciliationDiscrepancyType(), {
    ...record,
    reportAmount: amount(record.reportAmountValue, record.reportCurrency),
    gatewayAmount: amount(record.gatewayAmountValue, record.gatewayCurrency),
  });
}

export function toReconciliationErrors(problems: ReconciliationProblem[]): ReconciliationError[] {
  return problems.map((p) => Object.assign(new ReconciliationError(), p));
}
