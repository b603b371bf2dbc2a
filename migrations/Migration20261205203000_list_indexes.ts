import { Migration } from '@mikro-orm/migrations';

/**
 * Every list filter the schema offers, served in id order by one index each, so that a page is an index range scan
 * of at most `first + 1` entries whatever the table size: status (and status with a created range, which the list
 * also bounds by id), the parent filters (authorization, payment, wallet, reference merchant) and the event type.
 * A parent index with `id` replaces the one without it: it also serves every lookup the old one served.
 */
export class Migration20261205203000_list_indexes extends Migration {
  override async up(): Promise<void> {
    for (const table of ['payments', 'refunds', 'authorizations', 'declarations', 'registrations', 'reconciliation_discrepancies']) {
      this.addSql(`create index "${table}_merchant_id_status_id_index" on "${table}" ("merchant_id", "status", "id");`);
    }
    this.addSql(`create index "payments_authorization_id_id_index" on "payments" ("authorization_id", "id");`);
    this.addSql(`drop index "payments_authorization_id_index";`);
    this.addSql(`create index "refunds_payment_id_id_index" on "refunds" ("payment_id", "id");`);
    this.addSql(`drop index "refunds_payment_id_index";`);
    this.addSql(`create index "declarations_payment_id_id_index" on "declarations" ("payment_id", "id");`);
    this.addSql(`drop index "declarations_payment_id_index";`);
    this.addSql(`create index "registrations_merchant_id_reference_merchant_id_id_index" on "registrations" ("merchant_id", "reference_merchant_id", "id");`);
    this.addSql(`drop index "registrations_reference_merchant_id_index";`);
    this.addSql(`create index "authorizations_merchant_id_customer_belongs_to_id_index" on "authorizations" ("merchant_id", "customer_belongs_to", "id");`);
    this.addSql(`create index "events_merchant_id_aggregate_type_id_index" on "events" ("merchant_id", "aggregate_type", "id");`);
  }

  override async down(): Promise<void> {
    for (const table of ['payments', 'refunds', 'authorizations', 'declarations', 'registrations', 'reconciliation_discrepancies']) {
      this.addSql(`drop index "${table}_merchant_id_status_id_index";`);
    }
    this.addSql(`create index "payments_authorization_id_index" on "payments" ("authorization_id");`);
    this.addSql(`drop index "payments_authorization_id_id_index";`);
    this.addSql(`create index "refunds_payment_id_index" on "refunds" ("payment_id");`);
    this.addSql(`drop index "refunds_payment_id_id_index";`);
    this.addSql(`create index "declarations_payment_id_index" on "declarations" ("payment_id");`);
    this.addSql(`drop index "declarations_payment_id_id_index";`);
    this.addSql(`create index "registrations_reference_merchant_id_index" on "registrations" ("merchant_id", "reference_merchant_id");`);
    this.addSql(`drop index "registrations_merchant_id_reference_merchant_id_id_index";`);
    this.addSql(`drop index "authorizations_merchant_id_customer_belongs_to_id_index";`);
    this.addSql(`drop index "events_merchant_id_aggregate_type_id_index";`);
  }
}
