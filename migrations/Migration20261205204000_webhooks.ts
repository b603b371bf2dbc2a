import { Migration } from '@mikro-orm/migrations';

/**
 * Outgoing webhooks (src/modules/webhooks/README.md): endpoints of a merchant, one message per (endpoint, event) —
 * the durable outbox a delivery works from — every attempt made, and the fan-out cursor over the event log.
 *
 * `sort_key` is the event id (0 for test pings): messages of one aggregate are delivered in that order per endpoint.
 * The partial indexes serve the hot queries: due messages (the sweep), the next eligible messages of an endpoint,
 * and "is an earlier message of this aggregate still pending" (the ordering rule).
 */
export class Migration20261205204000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoints" ("id" text not null, "merchant_id" text not null, "url" text not null, "description" text not null default '', "event_types" text[] null, "status" text not null, "disabled_reason" text null, "disabled_at" timestamptz null, "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "secret_rotated_at" timestamptz null, "starts_after_event_id" bigint not null, "failing_since" timestamptz null, "lease_until" timestamptz null, "lease_owner" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_endpoints_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_endpoints_merchant_id_created_at_index" on "webhook_endpoints" ("merchant_id", "created_at");`);
    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "webhook_messages" ("id" bigserial primary key, "webhook_id" text not null, "endpoint_id" text not null, "merchant_id" text not null, "kind" text not null, "event_id" bigint null, "event_type" text not null, "aggregate_id" text not null, "sort_key" bigint not null, "status" text not null, "attempt_count" int not null default 0, "retry_step" int not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "webhook_messages" add constraint "webhook_messages_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on update cascade on delete cascade;`);
    this.addSql(`create unique index "webhook_messages_endpoint_event_unique" on "webhook_messages" ("endpoint_id", "event_id") where "event_id" is not null;`);
    this.addSql(`create index "webhook_messages_endpoint_id_id_index" on "webhook_messages" ("endpoint_id", "id");`);
    this.addSql(`create index "webhook_messages_due_index" on "webhook_messages" ("next_attempt_at") where "status" = 'PENDING';`);
    this.addSql(`create index "webhook_messages_pending_index" on "webhook_messages" ("endpoint_id", "sort_key") where "status" = 'PENDING';`);
    this.addSql(`create index "webhook_messages_pending_aggregate_index" on "webhook_messages" ("endpoint_id", "aggregate_id", "sort_key") where "status" = 'PENDING';`);

    this.addSql(`create table "webhook_attempts" ("id" bigserial primary key, "message_id" bigint not null, "endpoint_id" text not null, "merchant_id" text not null, "attempted_at" timestamptz not null, "status_code" int null, "latency_ms" int not null, "response_body" text null, "error" text null, "succeeded" boolean not null);`);
    this.addSql(`alter table "webhook_attempts" add constraint "webhook_attempts_message_id_foreign" foreign key ("message_id") references "webhook_messages" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "webhook_attempts_message_id_id_index" on "webhook_attempts" ("message_id", "id");`);
    this.addSql(`create index "webhook_attempts_attempted_at_index" on "webhook_attempts" ("attempted_at");`);

    // One row: every event with an id at or below it has been fanned out to the endpoints that existed then.
    this.addSql(`create table "webhook_cursor" ("id" int not null default 1, "last_event_id" bigint not null, constraint "webhook_cursor_pkey" primary key ("id"), constraint "webhook_cursor_single_row" check ("id" = 1));`);
    this.addSql(`insert into "webhook_cursor" ("id", "last_event_id") select 1, coalesce(max("id"), 0) from "events";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_cursor" cascade;`);
    this.addSql(`drop table if exists "webhook_attempts" cascade;`);
    this.addSql(`drop table if exists "webhook_messages" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);
  }
}
