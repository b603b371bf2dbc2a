import { Migration } from '@mikro-orm/migrations';

/**
 * Reconciliation: imported report files (unique per merchant, kind and checksum, so a re-import is a no-op), their
 * rows, and the discrepancies found. Rows and discrepancies go with their import and their merchant.
 */
export class Migration20261126073000_reconciliation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "reconciliation_imports" ("id" text not null, "merchant_id" text not null, "kind" text not null, "layout" text not null, "file_name" text null, "period_from" text not null, "period_to" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "row_count" int not null, "matched_row_count" int not null, "ignored_row_count" int not null, "discrepancy_count" int not null, "checksum" text not null, "size_bytes" int not null, "imported_by" text not null, "created_at" timestamptz not null, constraint "reconciliation_imports_pkey" primary key ("id"));`);
    this.addSql(`create index "reconciliation_imports_merchant_id_id_index" on "reconciliation_imports" ("merchant_id", "id");`);
    this.addSql(`alter table "reconciliation_imports" add constraint "reconciliation_imports_merchant_kind_checksum_unique" unique ("merchant_id", "kind", "checksum");`);
    this.addSql(`create table "reconciliation_rows" ("id" text not null, "merchant_id" text not null, "import_id" text not null, "line" int not null, "transaction_type" text not null, "transaction_id" text not null, "original_transaction_id" text null, "transaction_request_id" text null, "original_transaction_request_id" text null, "amount_value" bigint not null, "currency" text not null, "transaction_time" timestamptz null, "status" text null, "settlement_batch_id" text null, "raw" jsonb not null, constraint "reconciliation_rows_pkey" primary key ("id"));`);
    this.addSql(`create index "reconciliation_rows_import_id_line_index" on "reconciliation_rows" ("import_id", "line");`);
    this.addSql(`create table "reconciliation_discrepancies" ("id" text not null, "merchant_id" text not null, "import_id" text not null, "kind" text not null, "status" text not null, "transaction_type" text not null, "line" int null, "transaction_id" text null, "transaction_request_id" text null, "aggregate_type" text null, "aggregate_id" text null, "report_amount_value" bigint null, "report_currency" text null, "report_status" text null, "gateway_amount_value" bigint null, "gateway_currency" text null, "gateway_status" text null, "message" text not null, "created_at" timestamptz not null, "resolved_at" timestamptz null, "resolution_note" text null, "resolved_by" text null, constraint "reconciliation_discrepancies_pkey" primary key ("id"));`);
    this.addSql(`create index "reconciliation_discrepancies_import_id_id_index" on "reconciliation_discrepancies" ("import_id", "id");`);
    this.addSql(`create index "reconciliation_discrepancies_merchant_id_id_index" on "reconciliation_discrepancies" ("merchant_id", "id");`);
    this.addSql(`alter table "reconciliation_imports" add constraint "reconciliation_imports_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reconciliation_rows" add constraint "reconciliation_rows_import_id_foreign" foreign key ("import_id") references "reconciliation_imports" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reconciliation_discrepancies" add constraint "reconciliation_discrepancies_import_id_foreign" foreign key ("import_id") references "reconciliation_imports" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reconciliation_discrepancies" cascade;`);
    this.addSql(`drop table if exists "reconciliation_rows" cascade;`);
    this.addSql(`drop table if exists "reconciliation_imports" cascade;`);
  }
}
