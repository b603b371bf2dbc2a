import { Migration } from '@mikro-orm/migrations';

/**
 * Rate limits: admins' per-merchant overrides of the environment's defaults, and the counters rate-limiter-flexible
 * keeps (its own table shape, in a schema of its own so that the ORM's schema diff never sees it).
 */
export class Migration20261205201000_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "merchant_rate_limits" ("merchant_id" text not null, "key_per_second" int null, "key_burst" int null, "merchant_per_second" int null, "merchant_burst" int null, "notifications_per_second" int null, "notifications_burst" int null, "updated_at" timestamptz not null, "updated_by" text not null, constraint "merchant_rate_limits_pkey" primary key ("merchant_id"));`);
    this.addSql(`create schema if not exists "rate_limit";`);
    this.addSql(`create table "rate_limit"."counters" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "rate_limit" cascade;`);
    this.addSql(`drop table if exists "merchant_rate_limits" cascade;`);
  }
}
