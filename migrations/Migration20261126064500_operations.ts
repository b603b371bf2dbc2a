import { Migration } from '@mikro-orm/migrations';

/**
 * Auto Debit operations: authorizations, payments, refunds, declarations, registrations, and the append-only event
 * log. Every table carries merchant_id (tenant filter) with a (merchant_id, id) index for keyset pagination; AMS ids
 * and idempotency keys are unique per merchant. Foreign keys are added by hand (the entities use plain id columns).
 */
export class Migration20261126064500_operations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "authorizations" ("id" text not null, "merchant_id" text not null, "status" text not null, "status_reason" text null, "failure_code" text null, "failure_message" text null, "idempotency_key" text null, "input_hash" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_belongs_to" text not null, "auth_client_id" text null, "auth_state" text not null, "auth_redirect_url" text not null, "scopes" jsonb not null, "terminal_type" text null, "os_type" text null, "normal_url" text null, "scheme_url" text null, "applink_url" text null, "app_identifier" text null, "auth_code_encrypted" text null, "access_token_encrypted" text null, "access_token_hash" text null, "access_token_hint" text null, "access_token_expires_at" timestamptz null, "refresh_token_encrypted" text null, "refresh_token_expires_at" timestamptz null, "has_refresh_token" boolean not null default false, "token_issued_at" timestamptz null, constraint "authorizations_pkey" primary key ("id"));`);
    this.addSql(`create index "authorizations_merchant_id_id_index" on "authorizations" ("merchant_id", "id");`);
    this.addSql(`create index "authorizations_access_token_hash_index" on "authorizations" ("access_token_hash");`);
    this.addSql(`alter table "authorizations" add constraint "authorizations_merchant_auth_state_unique" unique ("merchant_id", "auth_state");`);
    this.addSql(`alter table "authorizations" add constraint "authorizations_merchant_idempotency_key_unique" unique ("merchant_id", "idempotency_key");`);
    this.addSql(`create table "declarations" ("id" text not null, "merchant_id" text not null, "status" text not null, "status_reason" text null, "failure_code" text null, "failure_message" text null, "idempotency_key" text null, "input_hash" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "payment_id" text not null, "declaration_request_id" text not null, "amount_value" bigint not null, "currency" text not null, "customs_code" text not null, "customs_region" text not null, "merchant_customs_code" text not null, "merchant_customs_name" text not null, "split_order" boolean not null default false, "sub_order_id" text null, "buyer_certificate_type" text null, "customs_payment_id" text null, "customs_order_id" text null, "identity_check_result" text null, "customs_result_code" text null, "customs_result_description" text null, constraint "declarations_pkey" primary key ("id"));`);
    this.addSql(`create index "declarations_merchant_id_id_index" on "declarations" ("merchant_id", "id");`);
    this.addSql(`create index "declarations_payment_id_index" on "declarations" ("payment_id");`);
    this.addSql(`alter table "declarations" add constraint "declarations_merchant_declaration_request_id_unique" unique ("merchant_id", "declaration_request_id");`);
    this.addSql(`alter table "declarations" add constraint "declarations_merchant_idempotency_key_unique" unique ("merchant_id", "idempotency_key");`);
    this.addSql(`create table "events" ("id" bigserial primary key, "merchant_id" text not null, "aggregate_type" text not null, "aggregate_id" text not null, "type" text not null, "from_status" text null, "to_status" text null, "payload" jsonb not null, "source" text not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "events_merchant_id_id_index" on "events" ("merchant_id", "id");`);
    this.addSql(`create index "events_aggregate_index" on "events" ("aggregate_id", "id");`);
    this.addSql(`create table "payments" ("id" text not null, "merchant_id" text not null, "status" text not null, "status_reason" text null, "failure_code" text null, "failure_message" text null, "idempotency_key" text null, "input_hash" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "authorization_id" text not null, "payment_request_id" text not null, "ams_payment_id" text null, "amount_value" bigint not null, "currency" text not null, "payment_method_type" text not null, "reference_order_id" text not null, "order_description" text not null, "payment_time" timestamptz null, "cancel_time" timestamptz null, "cancel_requested_at" timestamptz null, constraint "payments_pkey" primary key ("id"));`);
    this.addSql(`create index "payments_merchant_id_id_index" on "payments" ("merchant_id", "id");`);
    this.addSql(`create index "payments_ams_payment_id_index" on "payments" ("ams_payment_id");`);
    this.addSql(`create index "payments_authorization_id_index" on "payments" ("authorization_id");`);
    this.addSql(`alter table "payments" add constraint "payments_merchant_payment_request_id_unique" unique ("merchant_id", "payment_request_id");`);
    this.addSql(`alter table "payments" add constraint "payments_merchant_idempotency_key_unique" unique ("merchant_id", "idempotency_key");`);
    this.addSql(`create table "refunds" ("id" text not null, "merchant_id" text not null, "status" text not null, "status_reason" text null, "failure_code" text null, "failure_message" text null, "idempotency_key" text null, "input_hash" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "payment_id" text not null, "refund_request_id" text not null, "ams_refund_id" text null, "amount_value" bigint not null, "currency" text not null, "refund_reason" text null, "refund_time" timestamptz null, constraint "refunds_pkey" primary key ("id"));`);
    this.addSql(`create index "refunds_merchant_id_id_index" on "refunds" ("merchant_id", "id");`);
    this.addSql(`create index "refunds_ams_refund_id_index" on "refunds" ("ams_refund_id");`);
    this.addSql(`create index "refunds_payment_id_index" on "refunds" ("payment_id");`);
    this.addSql(`alter table "refunds" add constraint "refunds_merchant_refund_request_id_unique" unique ("merchant_id", "refund_request_id");`);
    this.addSql(`alter table "refunds" add constraint "refunds_merchant_idempotency_key_unique" unique ("merchant_id", "idempotency_key");`);
    this.addSql(`create table "registrations" ("id" text not null, "merchant_id" text not null, "status" text not null, "status_reason" text null, "failure_code" text null, "failure_message" text null, "idempotency_key" text null, "input_hash" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "registration_request_id" text not null, "reference_merchant_id" text not null, "merchant_display_name" text not null, "merchant_mcc" text null, "product_codes" jsonb not null, "website_url" text null, "legal_name" text null, "region" text null, "reject_reasons" text null, constraint "registrations_pkey" primary key ("id"));`);
    this.addSql(`create index "registrations_merchant_id_id_index" on "registrations" ("merchant_id", "id");`);
    this.addSql(`create index "registrations_reference_merchant_id_index" on "registrations" ("merchant_id", "reference_merchant_id");`);
    this.addSql(`alter table "registrations" add constraint "registrations_merchant_registration_request_id_unique" unique ("merchant_id", "registration_request_id");`);
    this.addSql(`alter table "registrations" add constraint "registrations_merchant_idempotency_key_unique" unique ("merchant_id", "idempotency_key");`);
    this.addSql(`alter table "authorizations" add constraint "authorizations_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payments" add constraint "payments_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "refunds" add constraint "refunds_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "declarations" add constraint "declarations_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registrations" add constraint "registrations_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "events" add constraint "events_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payments" add constraint "payments_authorization_id_foreign" foreign key ("authorization_id") references "authorizations" ("id") on update cascade;`);
    this.addSql(`alter table "refunds" add constraint "refunds_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on update cascade;`);
    this.addSql(`alter table "declarations" add constraint "declarations_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "events" cascade;`);
    this.addSql(`drop table if exists "declarations" cascade;`);
    this.addSql(`drop table if exists "refunds" cascade;`);
    this.addSql(`drop table if exists "payments" cascade;`);
    this.addSql(`drop table if exists "registrations" cascade;`);
    this.addSql(`drop table if exists "authorizations" cascade;`);
  }
}
