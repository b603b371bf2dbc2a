import { Migration } from '@mikro-orm/migrations';

/** Technical failures of a cycle (nothing debited, nothing declined) are counted apart from its dunning failures. */
export class Migration20261206003000_schedule_technical_retries extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "schedule_cycles" add column "technical_failure_count" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "schedule_cycles" drop column "technical_failure_count";`);
  }
}
