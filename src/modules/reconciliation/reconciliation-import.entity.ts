import { EntitySchema } from '@mikro-orm/core';
import type { ReportKind, ReportLayout } from './report-kinds.js';

/** One imported report file. (merchant, kind, checksum) is unique: importing the same file again returns this row. */
export class ReconciliationImport {
  id!: string;
  merchantId!: string;
  kind!: ReportKind;
  layout!: ReportLayout;
  fileName: string | null = null;
  /** First and last UTC+8 day covered (yyyy-MM-dd), and the instants [periodStart, periodEnd). */
  periodFrom!: string;
  periodTo!: string;
  periodStart!: Date;
  periodEnd!: Date;
  rowCount!: number;
  matchedRowCount!: number;
  /** Rows of types not reconciled against gateway records (fees, reserves, disputes). */
  ignoredRowCount!: number;
  discrepancyCount!: number;
  /** SHA-256 (hex) of the content's UTF-8 bytes. */
  checksum!: string;
  sizeBytes!: number;
  /** The API key that imported it. */
  importedBy!: string;
  createdAt!: Date;
}

export const ReconciliationImportSchema = new EntitySchema<ReconciliationImport>({
  class: ReconciliationImport,
  tableName: 'reconciliation_imports',
  uniques: [{ name: 'reconciliation_imports_merchant_kind_checksum_unique', properties: ['merchantId', 'kind', 'checksum'] }],
  indexes: [{ name: 'reconciliation_imports_merchant_id_id_index', properties: ['merchantId', 'id'] }],
  properties: {
    id: { type: 'string', columnType: 'text', primary: true },
    merchantId: { type: 'string', columnType: 'text' },
    kind: { type: 'string', columnType: 'text' },
    layout: { type: 'string', columnType: 'text' },
    fileName: { type: 'string', columnType: 'text', nullable: true },
    periodFrom: { type: 'string', columnType: 'text' },
    periodTo: { type: 'string', columnType: 'text' },
    periodStart: { type: 'datetime', columnType: 'timestamptz' },
    periodEnd: { type: 'datetime', columnType: 'timestamptz' },
    rowCount: { type: 'integer' },
    matchedRowCount: { type: 'integer' },
    ignoredRowCount: { type: 'integer' },
    discrepancyCount: { type: 'integer' },
    checksum: { type: 'string', columnType: 'text' },
    sizeBytes: { type: 'integer' },
    importedBy: { type: 'string', columnType: 'text' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
