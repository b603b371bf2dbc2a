import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import type { DiscrepancyKind, DiscrepancyStatus } from './discrepancy-kinds.js';
import { statusListIndex, TenantRecord } from '../shared/aggregate-columns.js';

/** One difference between an imported report and the gateway's records; OPEN until an operator resolves it. */
export class ReconciliationDiscrepancy extends TenantRecord {
  importId!: string;
  kind!: DiscrepancyKind;
  status: DiscrepancyStatus = 'OPEN';
  /** PAYMENT, REFUND or CANCEL. */
  transactionType!: string;
  /** The report line, when the report has the movement. */
  line: number | null = null;
  transactionId: string | null = null;
  transactionRequestId: string | null = null;
  /** Our record (Payment or Refund), when we have one. */
  aggregateType: 'PAYMENT' | 'REFUND' | null = null;
  aggregateId: string | null = null;
  reportAmountValue: string | null = null;
  reportCurrency: string | null = null;
  reportStatus: string | null = null;
  gatewayAmountValue: string | null = null;
  gatewayCurrency: string | null = null;
  gatewayStatus: string | null = null;
  message!: string;
  createdAt!: Date;
  resolvedAt: Date | null = null;
  resolutionNote: string | null = null;
  resolvedBy: string | null = null;
}

export const ReconciliationDiscrepancySchema = new EntitySchema<ReconciliationDiscrepancy>({
  class: ReconciliationDiscrepancy,
  tableName: 'reconciliation_discrepancies',
  indexes: [
    { name: 'reconciliation_discrepancies_import_id_id_index', properties: ['importId', 'id'] },
    { name: 'reconciliation_discrepancies_merchant_id_id_index', properties: ['merchantId', 'id'] },
    statusListIndex('reconciliation_discrepancies'),
  ],
  properties: {
    id: column.id,
    merchantId: column.text,
    importId: column.text,
    kind: column.text,
    status: column.text,
    transactionType: column.text,
    line: column.optionalInt,
    transactionId: column.optionalText,
    transactionRequestId: column.optionalText,
    aggregateType: column.optionalText,
    aggregateId: column.optionalText,
    reportAmountValue: column.optionalMoney,
    reportCurrency: column.optionalText,
    reportStatus: column.optionalText,
    gatewayAmountValue: column.optionalMoney,
    gatewayCurrency: column.optionalText,
    gatewayStatus: column.optionalText,
    message: column.text,
    createdAt: column.timestamp,
    resolvedAt: column.optionalTimestamp,
    resolutionNote: column.optionalText,
    resolvedBy: column.optionalText,
  },
});
