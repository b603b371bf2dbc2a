import { Migration } from '@mikro-orm/migrations';

/**
 * Recurring debits: schedules, their cycles (unique per schedule and cycle number) and the charge attempts of each
 * cycle (unique per cycle and attempt, and per paymentRequestId), which link a Payment to its schedule and cycle.
 */
export class Migration20261205205000_schedules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "schedules" ("id" text not null, "merchant_id" text not null, "authorization_id" text not null, "status" text not null, "status_reason" text null, "amount_value" bigint not null, "currency" text not null, "frequency" text null, "interval" int not null, "anchor_day" int null, "anchor_month" int null, "rrule" text null, "rule" text not null, "time_zone" text not null, "start_at" timestamptz not null, "end_at" timestamptz null, "max_cycles" int null, "reference_order_id_template" text not null, "description" text not null, "metadata" jsonb not null, "missed_cycle_policy" text not null, "retry_offsets_seconds" jsonb not null, "on_retries_exhausted" text not null, "next_cycle_number" int not null, "next_due_at" timestamptz null, "next_due_local" text null, "idempotency_key" text null, "input_hash" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "schedules_pkey" primary key ("id"));`);
    this.addSql(`create index "schedules_merchant_id_id_index" on "schedules" ("merchant_id", "id");`);
    this.addSql(`create index "schedules_authorization_id_index" on "schedules" ("authorization_id");`);
    this.addSql(`create index "schedules_status_next_due_at_index" on "schedules" ("status", "next_due_at");`);
    this.addSql(`alter table "schedules" add constraint "schedules_merchant_idempotency_key_unique" unique ("merchant_id", "idempotency_key");`);
    this.addSql(`alter table "schedules" add constraint "schedules_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "schedule_cycles" ("id" text not null, "merchant_id" text not null, "schedule_id" text not null, "cycle_number" int not null, "due_at" timestamptz not null, "status" text not null, "amount_value" bigint not null, "currency" text not null, "attempt_count" int not null, "next_attempt_at" timestamptz null, "first_failed_at" timestamptz null, "payment_id" text null, "failure_code" text null, "failure_message" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "schedule_cycles_pkey" primary key ("id"));`);
    this.addSql(`create index "schedule_cycles_merchant_id_id_index" on "schedule_cycles" ("merchant_id", "id");`);
    this.addSql(`create index "schedule_cycles_status_next_attempt_at_index" on "schedule_cycles" ("status", "next_attempt_at");`);
    this.addSql(`alter table "schedule_cycles" add constraint "schedule_cycles_schedule_cycle_unique" unique ("schedule_id", "cycle_number");`);
    this.addSql(`alter table "schedule_cycles" add constraint "schedule_cycles_schedule_id_foreign" foreign key ("schedule_id") references "schedules" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "schedule_charges" ("id" text not null, "merchant_id" text not null, "schedule_id" text not null, "cycle_id" text not null, "cycle_number" int not null, "attempt" int not null, "payment_request_id" text not null, "authorization_id" text not null, "amount_value" bigint not null, "currency" text not null, "reference_order_id" text not null, "order_description" text not null, "payment_id" text null, "created_at" timestamptz not null, constraint "schedule_charges_pkey" primary key ("id"));`);
    this.addSql(`create index "schedule_charges_payment_id_index" on "schedule_charges" ("payment_id");`);
    this.addSql(`alter table "schedule_charges" add constraint "schedule_charges_cycle_attempt_unique" unique ("cycle_id", "attempt");`);
    this.addSql(`alter table "schedule_charges" add constraint "schedule_charges_merchant_payment_request_id_unique" unique ("merchant_id", "payment_request_id");`);
    this.addSql(`alter table "schedule_charges" add constraint "schedule_charges_cycle_id_foreign" foreign key ("cycle_id") references "schedule_cycles" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "schedule_charges" cascade;`);
    this.addSql(`drop table if exists "schedule_cycles" cascade;`);
    this.addSql(`drop table if exists "schedules" cascade;`);
  }
}
