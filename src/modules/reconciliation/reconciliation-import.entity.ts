import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import type { ReportKind, ReportLayout } from './report-kinds.js';
import { TenantRecord } from '../shared/aggregate-columns.js';

/** One imported report file. (merchant, kind, checksum) is unique: importing the same file again returns this row. */
export class ReconciliationImport extends TenantRecord {
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
    id: column.id,
    merchantId: column.text,
    kind: column.text,
    layout: column.text,
    fileName: column.optionalText,
    periodFrom: column.text,
    periodTo: column.text,
    periodStart: column.timestamp,
    periodEnd: column.timestamp,
    rowCount: column.int,
    matchedRowCount: column.int,
    ignoredRowCount: column.int,
    discrepancyCount: column.int,
    checksum: column.text,
    sizeBytes: column.int,
    importedBy: column.text,
    createdAt: column.timestamp,
  },
});
