import { Migration } from '@mikro-orm/migrations';

export class Migration20261126062740_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "merchants" ("id" text not null, "name" text not null, "client_id" text not null, "base_url" text not null, "status" text not null default 'ACTIVE', "key_version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "merchants_pkey" primary key ("id"));`);
    this.addSql(`alter table "merchants" add constraint "merchants_client_id_unique" unique ("client_id");`);

    this.addSql(`create table "api_keys" ("id" text not null, "merchant_id" text null, "role" text not null, "name" text not null, "display_prefix" text not null, "secret_hash" text not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_keys_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_keys_merchant_id_index" on "api_keys" ("merchant_id");`);

    this.addSql(`create table "merchant_credentials" ("id" text not null, "merchant_id" text not null, "key_version" int not null, "merchant_private_key_encrypted" text not null, "merchant_public_key" text not null, "merchant_key_fingerprint" text not null, "alipay_public_key" text not null, "alipay_key_fingerprint" text not null, "created_at" timestamptz not null, "retired_at" timestamptz null, constraint "merchant_credentials_pkey" primary key ("id"));`);
    this.addSql(`alter table "merchant_credentials" add constraint "merchant_credentials_version_unique" unique ("merchant_id", "key_version");`);

    this.addSql(`alter table "api_keys" add constraint "api_keys_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "merchant_credentials" add constraint "merchant_credentials_merchant_id_foreign" foreign key ("merchant_id") references "merchants" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_keys" drop constraint "api_keys_merchant_id_foreign";`);

    this.addSql(`alter table "merchant_credentials" drop constraint "merchant_credentials_merchant_id_foreign";`);

    this.addSql(`drop table if exists "merchants" cascade;`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "merchant_credentials" cascade;`);
  }

}
