import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { field, nullable, objectFields } from '../core/fields.js';
import { MAX_REPORT_BYTES } from '../../modules/reconciliation/import-input.js';
import { DISCREPANCY_KINDS, DISCREPANCY_STATUSES } from '../../modules/reconciliation/discrepancy-kinds.js';
import { RECONCILIATION_ERROR_CODES } from '../../modules/reconciliation/reconciliation-errors.js';
import { REPORT_KINDS, REPORT_LAYOUTS, type ReportKind } from '../../modules/reconciliation/report-kinds.js';
import { registerListEnum } from '../core/enums.js';
import { maxLength } from '../core/input-guard.js';
import { connectionOf } from '../core/connection.js';

export const ReportKindEnum = registerListEnum(REPORT_KINDS, 'ReportKind', 'Antom report files with one row per transaction (transactionItems_…, settlementItems_…).');
export const ReportLayoutEnum = registerListEnum(REPORT_LAYOUTS, 'ReportLayout', 'LEGACY (paymentTime, acquirer…) or CURRENT (transactionCompletionTime, PSP, status…).');
export const DiscrepancyKindEnum = registerListEnum(
  DISCREPANCY_KINDS,
  'DiscrepancyKind',
  'MISSING_IN_GATEWAY: the report has it, we do not. MISSING_IN_REPORT: we have a successful movement in the period, the report does not. AMOUNT/CURRENCY/STATUS_MISMATCH: both have it, and they disagree.',
);
export const DiscrepancyStatusEnum = registerListEnum(DISCREPANCY_STATUSES, 'DiscrepancyStatus', 'OPEN until an operator resolves it with a note.');
export const ReconciliationErrorCodeEnum = registerListEnum(RECONCILIATION_ERROR_CODES, 'ReconciliationErrorCode', 'Reconciliation mutation problems.');

@ObjectType({ description: 'A problem the caller can fix; for a malformed file, `line`, `column` and `value` point into it.' })
export class ReconciliationError extends objectFields({
  code: field(ReconciliationErrorCodeEnum),
  field: nullable(String, 'The input field at fault.'),
  message: field(String),
  line: nullable(Int, '1-based line of the file (the header is line 1).'),
  column: nullable(String, 'Column name from the header.'),
  value: nullable(String, 'The offending value as it is in the file.'),
}) {}

@ObjectType({ description: 'An amount as a report or the gateway states it, in minor units; report amounts keep their sign (reverse rows negative).' })
export class ReconciliationAmount extends objectFields({
  value: field(String),
  currency: field(String),
}) {}

@ObjectType('ReconciliationImport', { description: 'One imported report file.' })
export class ReconciliationImportType extends objectFields({
  id: field(ID),
  merchantId: field(ID),
  kind: field(ReportKindEnum),
  layout: field(ReportLayoutEnum),
  fileName: nullable(String),
  periodFrom: field(String, 'First UTC+8 day covered, yyyy-MM-dd.'),
  periodTo: field(String, 'Last UTC+8 day covered (inclusive), yyyy-MM-dd.'),
  rowCount: field(Int),
  matchedRowCount: field(Int, 'Rows that found their payment or refund.'),
  ignoredRowCount: field(Int, 'Rows of types not reconciled (fees, reserves, disputes…).'),
  discrepancyCount: field(Int),
  checksum: field(String, 'SHA-256 (hex) of the content; the same file imports once.'),
  sizeBytes: field(Int),
  createdAt: field(Date),
}) {}

@ObjectType('ReconciliationDiscrepancy')
export class ReconciliationDiscrepancyType extends objectFields({
  id: field(ID),
  merchantId: field(ID),
  importId: field(ID),
  kind: field(DiscrepancyKindEnum),
  status: field(DiscrepancyStatusEnum),
  transactionType: field(String, 'PAYMENT, REFUND or CANCEL.'),
  line: nullable(Int, 'The report line (absent for MISSING_IN_REPORT).'),
  transactionId: nullable(String, 'AMS id: paymentId (PAYMENT, CANCEL) or refundId (REFUND).'),
  transactionRequestId: nullable(String, 'paymentRequestId or refundRequestId.'),
  aggregateType: nullable(String, 'PAYMENT or REFUND, when the gateway has the record.'),
  aggregateId: nullable(ID, 'Payment.id or Refund.id.'),
  reportAmount: nullable(ReconciliationAmount),
  reportStatus: nullable(String, "The row's status column, or SUCCESS for layouts that list successful rows only."),
  gatewayAmount: nullable(ReconciliationAmount),
  gatewayStatus: nullable(String),
  message: field(String),
  createdAt: field(Date),
  resolvedAt: nullable(Date),
  resolutionNote: nullable(String),
}) {}

@ObjectType()
export class ReconciliationImportConnection extends connectionOf(ReconciliationImportType) {}

@ObjectType()
export class ReconciliationDiscrepancyConnection extends connectionOf(ReconciliationDiscrepancyType) {}

@InputType()
export class ImportSettlementReportInput {
  @Field(() => ID)
  merchantId!: string;

  @Field(() => ReportKindEnum)
  kind!: ReportKind;

  // Characters never outnumber UTF-8 bytes, so the byte limit the import checks is a safe character limit here.
  @Extensions(maxLength(MAX_REPORT_BYTES))
  @Field(() => String, { nullable: true, description: 'The CSV text as downloaded (UTF-8; BOM and CRLF accepted), at most 10 MiB. Or give reportUrl.' })
  content?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'http(s) URL the gateway fetches the CSV from instead (15 s, 10 MiB, no redirects); its file name gives the period.',
  })
  reportUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The file name; transactionItems_<yyyyMMdd>_<seq>.csv gives the period.' })
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: 'First UTC+8 day (yyyy-MM-dd); default: from the file name, else the rows.' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last UTC+8 day, inclusive (default periodFrom).' })
  periodTo?: string | null;
}

@ObjectType()
export class ImportSettlementReportPayload extends objectFields({
  import: nullable(ReconciliationImportType),
  replayed: field(Boolean, 'True when this exact file had been imported before: the earlier import is returned and nothing changed.'),
  errors: field([ReconciliationError]),
}) {}

@ObjectType()
export class ResolveDiscrepancyPayload extends objectFields({
  discrepancy: nullable(ReconciliationDiscrepancyType),
  errors: field([ReconciliationError]),
}) {}
