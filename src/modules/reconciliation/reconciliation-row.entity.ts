import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** One data line of an imported report, kept for audit and for drilling down from a discrepancy. */
export class ReconciliationRow {
  id!: string;
  merchantId!: string;
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
    id: { type: 'string', columnType: 'text', primary: true },
    merchantId: { type: 'string', columnType: 'text' },
    importId: { type: 'string', columnType: 'text' },
    line: { type: 'integer' },
    transactionType: { type: 'string', columnType: 'text' },
    transactionId: { type: 'string', columnType: 'text' },
    originalTransactionId: { type: 'string', columnType: 'text', nullable: true },
    transactionRequestId: { type: 'string', columnType: 'text', nullable: true },
    originalTransactionRequestId: { type: 'string', columnType: 'text', nullable: true },
    amountValue: { type: new BigIntType('string'), columnType: 'bigint' },
    currency: { type: 'string', columnType: 'text' },
    transactionTime: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    status: { type: 'string', columnType: 'text', nullable: true },
    settlementBatchId: { type: 'string', columnType: 'text', nullable: true },
    raw: { type: 'json', columnType: 'jsonb' },
  },
});
