import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit counters live for seconds and may be lost in a crash (a limit restarts from zero): an unlogged table
 * writes no WAL, so the counter upserts of every request (API key, merchant, notifications) no longer each wait for
 * a durable commit.
 */
export class Migration20261206003010_rate_limit_counters_unlogged extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "rate_limit"."counters" set unlogged;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rate_limit"."counters" set logged;`);
  }
}
