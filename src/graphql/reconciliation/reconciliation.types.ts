import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_REPORT_BYTES } from '../../modules/reconciliation/import-input.js';
import { DISCREPANCY_KINDS, DISCREPANCY_STATUSES, type DiscrepancyKind, type DiscrepancyStatus } from '../../modules/reconciliation/discrepancy-kinds.js';
import { RECONCILIATION_ERROR_CODES, type ReconciliationErrorCode } from '../../modules/reconciliation/reconciliation-errors.js';
import { REPORT_KINDS, REPORT_LAYOUTS, type ReportKind, type ReportLayout } from '../../modules/reconciliation/report-kinds.js';
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
export class ReconciliationError {
  @Field(() => ReconciliationErrorCodeEnum)
  code!: ReconciliationErrorCode;

  @Field(() => String, { nullable: true, description: 'The input field at fault.' })
  field!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => Int, { nullable: true, description: '1-based line of the file (the header is line 1).' })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'Column name from the header.' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The offending value as it is in the file.' })
  value!: string | null;
}

@ObjectType({ description: 'An amount as a report or the gateway states it, in minor units; report amounts keep their sign (reverse rows negative).' })
export class ReconciliationAmount {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  currency!: string;
}

@ObjectType('ReconciliationImport', { description: 'One imported report file.' })
export class ReconciliationImportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  merchantId!: string;

  @Field(() => ReportKindEnum)
  kind!: ReportKind;

  @Field(() => ReportLayoutEnum)
  layout!: ReportLayout;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => String, { description: 'First UTC+8 day covered, yyyy-MM-dd.' })
  periodFrom!: string;

  @Field(() => String, { description: 'Last UTC+8 day covered (inclusive), yyyy-MM-dd.' })
  periodTo!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int, { description: 'Rows that found their payment or refund.' })
  matchedRowCount!: number;

  @Field(() => Int, { description: 'Rows of types not reconciled (fees, reserves, disputes…).' })
  ignoredRowCount!: number;

  @Field(() => Int)
  discrepancyCount!: number;

  @Field(() => String, { description: 'SHA-256 (hex) of the content; the same file imports once.' })
  checksum!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ReconciliationDiscrepancy')
export class ReconciliationDiscrepancyType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  merchantId!: string;

  @Field(() => ID)
  importId!: string;

  @Field(() => DiscrepancyKindEnum)
  kind!: DiscrepancyKind;

  @Field(() => DiscrepancyStatusEnum)
  status!: DiscrepancyStatus;

  @Field(() => String, { description: 'PAYMENT, REFUND or CANCEL.' })
  transactionType!: string;

  @Field(() => Int, { nullable: true, description: 'The report line (absent for MISSING_IN_REPORT).' })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'AMS id: paymentId (PAYMENT, CANCEL) or refundId (REFUND).' })
  transactionId!: string | null;

  @Field(() => String, { nullable: true, description: 'paymentRequestId or refundRequestId.' })
  transactionRequestId!: string | null;

  @Field(() => String, { nullable: true, description: 'PAYMENT or REFUND, when the gateway has the record.' })
  aggregateType!: string | null;

  @Field(() => ID, { nullable: true, description: 'Payment.id or Refund.id.' })
  aggregateId!: string | null;

  @Field(() => ReconciliationAmount, { nullable: true })
  reportAmount!: ReconciliationAmount | null;

  @Field(() => String, { nullable: true, description: "The row's status column, or SUCCESS for layouts that list successful rows only." })
  reportStatus!: string | null;

  @Field(() => ReconciliationAmount, { nullable: true })
  gatewayAmount!: ReconciliationAmount | null;

  @Field(() => String, { nullable: true })
  gatewayStatus!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolutionNote!: string | null;
}

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
export class ImportSettlementReportPayload {
  @Field(() => ReconciliationImportType, { nullable: true })
  import!: ReconciliationImportType | null;

  @Field(() => Boolean, { description: 'True when this exact file had been imported before: the earlier import is returned and nothing changed.' })
  replayed!: boolean;

  @Field(() => [ReconciliationError])
  errors!: ReconciliationError[];
}

@ObjectType()
export class ResolveDiscrepancyPayload {
  @Field(() => ReconciliationDiscrepancyType, { nullable: true })
  discrepancy!: ReconciliationDiscrepancyType | null;

  @Field(() => [ReconciliationError])
  errors!: ReconciliationError[];
}
