import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { DiscrepancyKind, DiscrepancyStatus } from './discrepancy-kinds.js';
import { statusListIndex } from '../shared/aggregate-columns.js';

/** One difference between an imported report and the gateway's records; OPEN until an operator resolves it. */
export class ReconciliationDiscrepancy {
  id!: string;
  merchantId!: string;
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

const money = { type: new BigIntType('string'), columnType: 'bigint', nullable: true } as const;

export const ReconciliationDiscrepancySchema = new EntitySchema<ReconciliationDiscrepancy>({
  class: ReconciliationDiscrepancy,
  tableName: 'reconciliation_discrepancies',
  indexes: [
    { name: 'reconciliation_discrepancies_import_id_id_index', properties: ['importId', 'id'] },
    { name: 'reconciliation_discrepancies_merchant_id_id_index', properties: ['merchantId', 'id'] },
    statusListIndex('reconciliation_discrepancies'),
  ],
  properties: {
    id: { type: 'string', columnType: 'text', primary: true },
    merchantId: { type: 'string', columnType: 'text' },
    importId: { type: 'string', columnType: 'text' },
    kind: { type: 'string', columnType: 'text' },
    status: { type: 'string', columnType: 'text' },
    transactionType: { type: 'string', columnType: 'text' },
    line: { type: 'integer', nullable: true },
    transactionId: { type: 'string', columnType: 'text', nullable: true },
    transactionRequestId: { type: 'string', columnType: 'text', nullable: true },
    aggregateType: { type: 'string', columnType: 'text', nullable: true },
    aggregateId: { type: 'string', columnType: 'text', nullable: true },
    reportAmountValue: money,
    reportCurrency: { type: 'string', columnType: 'text', nullable: true },
    reportStatus: { type: 'string', columnType: 'text', nullable: true },
    gatewayAmountValue: money,
    gatewayCurrency: { type: 'string', columnType: 'text', nullable: true },
    gatewayStatus: { type: 'string', columnType: 'text', nullable: true },
    message: { type: 'string', columnType: 'text' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    resolvedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    resolutionNote: { type: 'string', columnType: 'text', nullable: true },
    resolvedBy: { type: 'string', columnType: 'text', nullable: true },
  },
});
