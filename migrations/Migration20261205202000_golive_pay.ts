import { Migration } from '@mikro-orm/migrations';

/**
 * Going live, pay: the fields a pay sends beyond amount and order id (kept so that every resend is identical), and
 * what AMS returns about the payment (user-action URLs, the wallet's customer info, the customs-declarable amount).
 */
export class Migration20261205202000_golive_pay extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "payments" add column "merchant_region" text null, add column "user_region" text null, ` +
        `add column "settlement_currency" text null, add column "payment_expiry_time" timestamptz null, ` +
        `add column "order_details" jsonb null, add column "user_action" jsonb null, ` +
        `add column "psp_customer_info" jsonb null, add column "customs_declaration_amount" jsonb null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "payments" drop column "merchant_region", drop column "user_region", drop column "settlement_currency", ` +
        `drop column "payment_expiry_time", drop column "order_details", drop column "user_action", ` +
        `drop column "psp_customer_info", drop column "customs_declaration_amount";`,
    );
  }
}
