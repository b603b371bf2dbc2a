import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import { TenantRecord } from '../shared/aggregate-columns.js';

/** One data line of an imported report, kept for audit and for drilling down from a discrepancy. */
export class ReconciliationRow extends TenantRecord {
  importId!: string;
  line!: number;
  transactionType!: string;
  transactionId!: string;
  originalTransactionId: string | null = null;
  transactionRequestId: string | null = null;
  originalTransactionRequestId: string | null = null;
  /** Signed minor units as in the file (reverse rows negative), exact decimal string. */
  amountValue!: string;
  currency!: string;
  transactionTime: Date | null = null;
  status: string | null = null;
  settlementBatchId: string | null = null;
  /** Every column of the line by header name. */
  raw: Record<string, string> = {};
}

export const ReconciliationRowSchema = new EntitySchema<ReconciliationRow>({
  class: ReconciliationRow,
  tableName: 'reconciliation_rows',
  indexes: [{ name: 'reconciliation_rows_import_id_line_index', properties: ['importId', 'line'] }],
  properties: {
    id: column.id,
    merchantId: column.text,
    importId: column.text,
    line: column.int,
    transactionType: column.text,
    transactionId: column.text,
    originalTransactionId: column.optionalText,
    transactionRequestId: column.optionalText,
    originalTransactionRequestId: column.optionalText,
    amountValue: column.money,
    currency: column.text,
    transactionTime: column.optionalTimestamp,
    status: column.optionalText,
    settlementBatchId: column.optionalText,
    raw: column.json,
  },
});
