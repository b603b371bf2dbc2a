import { Migration } from '@mikro-orm/migrations';

/**
 * Going live, the rest: the Antom Dashboard key version per credential and the merchant's defaults (merchantRegion,
 * settlement currency); what consult and applyToken send and return (merchantRegion, the QR code, the masked login id,
 * the wallet's customer info); the merchant's refund reference; the full registration as sent.
 */
export class Migration20261205202010_golive_onboarding extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "merchant_credentials" add column "ams_key_version" text null;`);
    this.addSql(`alter table "merchants" add column "default_merchant_region" text null, add column "default_settlement_currency" text null;`);
    this.addSql(
      `alter table "authorizations" add column "merchant_region" text null, add column "auth_code_form" jsonb null, ` +
        `add column "user_login_id" text null, add column "psp_customer_info" jsonb null;`,
    );
    this.addSql(`alter table "refunds" add column "reference_refund_id" text null;`);
    this.addSql(`alter table "registrations" add column "merchant_info" jsonb null, add column "pass_through_info" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registrations" drop column "merchant_info", drop column "pass_through_info";`);
    this.addSql(`alter table "refunds" drop column "reference_refund_id";`);
    this.addSql(`alter table "authorizations" drop column "merchant_region", drop column "auth_code_form", drop column "user_login_id", drop column "psp_customer_info";`);
    this.addSql(`alter table "merchants" drop column "default_merchant_region", drop column "default_settlement_currency";`);
    this.addSql(`alter table "merchant_credentials" drop column "ams_key_version";`);
  }
}
