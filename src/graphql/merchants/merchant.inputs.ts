import { Extensions, Field, ID, InputType } from 'type-graphql';
import { maxLength } from '../core/input-guard.js';
import type { AmsRegion } from '../../modules/merchants/regions.js';
import { AmsRegionEnum } from './merchant.types.js';

/** Room for a PEM-wrapped 8192-bit RSA key with its line breaks. */
const KEY_MAX_LENGTH = 16_384;

@InputType()
export class CreateMerchantInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'AMS Client-Id.' })
  clientId!: string;

  @Field(() => AmsRegionEnum, { nullable: true, description: 'Either region or baseUrl.' })
  region?: AmsRegion | null;

  @Field(() => String, { nullable: true, description: 'AMS endpoint origin; https, or http on localhost.' })
  baseUrl?: string | null;

  @Extensions(maxLength(KEY_MAX_LENGTH))
  @Field(() => String, { description: 'RSA private key: PKCS#8 base64 (as AMS SDKs take it), PKCS#1, or PEM. Write-only.' })
  merchantPrivateKey!: string;

  @Extensions(maxLength(KEY_MAX_LENGTH))
  @Field(() => String, { description: "Alipay's RSA public key: X.509 base64 or PEM." })
  alipayPublicKey!: string;

  @Field(() => String, { nullable: true, description: 'The key version bound to this public key on the Antom Dashboard, sent as keyVersion in the Signature header (a mismatch is KEY_NOT_FOUND). Omitted: our internal version number is sent.' })
  keyVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'Default merchantRegion (ISO 3166 alpha-2) for consult, applyToken and pay; required by AMS on the GAGW contract.' })
  merchantRegion?: string | null;

  @Field(() => String, { nullable: true, description: 'Default settlementStrategy.settlementCurrency (ISO 4217) for pay; needed when the contract has several.' })
  settlementCurrency?: string | null;
}

@InputType()
export class RotateMerchantCredentialsInput {
  @Field(() => ID)
  merchantId!: string;

  @Extensions(maxLength(KEY_MAX_LENGTH))
  @Field(() => String, { description: 'The new RSA private key. Write-only.' })
  merchantPrivateKey!: string;

  @Extensions(maxLength(KEY_MAX_LENGTH))
  @Field(() => String, { description: "Alipay's public key for the new version (may be unchanged)." })
  alipayPublicKey!: string;

  @Field(() => String, { nullable: true, description: 'The key version bound to this public key on the Antom Dashboard, sent as keyVersion in the Signature header (a mismatch is KEY_NOT_FOUND). Omitted: our internal version number is sent.' })
  keyVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'Replaces the default merchantRegion (empty clears it; omitted keeps it) (ISO 3166 alpha-2) for consult, applyToken and pay; required by AMS on the GAGW contract.' })
  merchantRegion?: string | null;

  @Field(() => String, { nullable: true, description: 'Replaces the default settlementStrategy.settlementCurrency (ISO 4217) for pay; needed when the contract has several.' })
  settlementCurrency?: string | null;
}
