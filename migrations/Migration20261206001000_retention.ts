import { Migration } from '@mikro-orm/migrations';

/**
 * Retention (src/modules/retention/). `event_retention_marks`: per merchant, the largest event id retention removed,
 * so a subscriber resuming from an older cursor is told its history has a gap. The indexes serve the "still needed"
 * checks of the batched deletes: webhook messages by event (a stored delivery keeps its event), open discrepancies
 * by aggregate (an open discrepancy keeps its aggregate's events).
 */
export class Migration20261206001000_retention extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "event_retention_marks" ("merchant_id" text not null, "pruned_through" bigint not null, "updated_at" timestamptz not null default now(), constraint "event_retention_marks_pkey" primary key ("merchant_id"));`);
    this.addSql(`create index "webhook_messages_event_id_index" on "webhook_messages" ("event_id") where "event_id" is not null;`);
    this.addSql(`create index "reconciliation_discrepancies_open_aggregate_index" on "reconciliation_discrepancies" ("aggregate_id") where "status" = 'OPEN';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "reconciliation_discrepancies_open_aggregate_index";`);
    this.addSql(`drop index if exists "webhook_messages_event_id_index";`);
    this.addSql(`drop table if exists "event_retention_marks";`);
  }
}
