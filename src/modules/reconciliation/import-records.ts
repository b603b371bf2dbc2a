import { newId } from '../../shared/ids.js';
import type { EventBatch } from '../events/event-log.js';
import type { Finding } from './matcher.js';
import { ReconciliationDiscrepancy } from './reconciliation-discrepancy.entity.js';
import { ReconciliationRow } from './reconciliation-row.entity.js';
import type { ReportRow } from './report-row.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

/** The rows an import writes: its report lines, its discrepancies, and their events. */
export function rowEntity(importId: string, merchantId: string, row: ReportRow): ReconciliationRow {
  return Object.assign(new ReconciliationRow(), {
    id: newId('rcr_'),
    merchantId,
    importId,
    line: row.line,
    transactionType: row.transactionType,
    transactionId: row.transactionId,
    originalTransactionId: row.originalTransactionId,
    transactionRequestId: row.transactionRequestId,
    originalTransactionRequestId: row.originalTransactionRequestId,
    amountValue: row.amountMinor.toString(),
    currency: row.currency,
    transactionTime: row.time,
    status: row.status,
    settlementBatchId: row.settlementBatchId,
    raw: row.raw,
  });
}

export function discrepancyEntity(importId: string, merchantId: string, finding: Finding, now: Date): ReconciliationDiscrepancy {
  return Object.assign(new ReconciliationDiscrepancy(), {
    id: newId(ID_PREFIXES.discrepancy, now.getTime()),
    merchantId,
    importId,
    kind: finding.kind,
    status: 'OPEN',
    transactionType: finding.transactionType,
    line: finding.line,
    transactionId: finding.transactionId,
    transactionRequestId: finding.transactionRequestId,
    aggregateType: finding.aggregateType,
    aggregateId: finding.aggregateId,
    reportAmountValue: finding.reportAmountMinor,
    reportCurrency: finding.reportCurrency,
    reportStatus: finding.reportStatus,
    gatewayAmountValue: finding.gatewayAmountMinor,
    gatewayCurrency: finding.gatewayCurrency,
    gatewayStatus: finding.gatewayStatus,
    message: finding.message,
    createdAt: now,
  });
}

/** Each discrepancy about one of our records goes into that record's event log (and so to its subscribers). */
export async function appendEvents(events: EventBatch, discrepancies: ReconciliationDiscrepancy[]): Promise<void> {
  for (const d of discrepancies) {
    if (!d.aggregateType || !d.aggregateId) continue;
    await events.append({
      merchantId: d.merchantId,
      aggregateType: d.aggregateType,
      aggregateId: d.aggregateId,
      type: 'RECONCILIATION_DISCREPANCY',
      source: 'ADMIN',
      payload: {
        importId: d.importId,
        discrepancyId: d.id,
        kind: d.kind,
        transactionType: d.transactionType,
        transactionId: d.transactionId,
        line: d.line,
        reportAmount: d.reportAmountValue === null ? null : { value: d.reportAmountValue, currency: d.reportCurrency },
        gatewayAmount: d.gatewayAmountValue === null ? null : { value: d.gatewayAmountValue, currency: d.gatewayCurrency },
        reportStatus: d.reportStatus,
        gatewayStatus: d.gatewayStatus,
        message: d.message,
      },
    });
  }
}
