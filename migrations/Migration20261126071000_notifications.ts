import { Migration } from '@mikro-orm/migrations';

/** The notification inbox (one row per distinct verified AMS notification; duplicates bump `deliveries`). */
export class Migration20261126071000_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification_inbox" ("id" text not null, "merchant_id" text not null, "kind" text not null, "identity" text not null, "body_sha256" text not null, "aggregate_id" text null, "outcome" text not null, "detail" text null, "request_time" text not null, "body" jsonb not null, "deliveries" int not null default 1, "received_at" timestamptz not null, "last_received_at" timestamptz not null, constraint "notification_inbox_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_inbox" add constraint "notification_inbox_identity_unique" unique ("merchant_id", "kind", "identity");`);
    this.addSql(`create index "notification_inbox_merchant_id_id_index" on "notification_inbox" ("merchant_id", "id");`);
    this.addSql(`alter table "notification_inbox" add constraint "notification_inbox_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_inbox" cascade;`);
  }
}
