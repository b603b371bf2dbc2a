import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MERCHANT_ERROR_CODES } from '../../modules/merchants/merchant-errors.js';
import { MERCHANT_STATUSES, type MerchantStatus } from '../../modules/merchants/merchant.entity.js';
import { AMS_REGION_BASE_URLS, type AmsRegion } from '../../modules/merchants/regions.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { connectionOf } from '../core/connection.js';

export const MerchantStatusEnum = registerListEnum(MERCHANT_STATUSES, 'MerchantStatus', 'Whether the merchant may operate.');
export const AmsRegionEnum = registerListEnum(
  Object.keys(AMS_REGION_BASE_URLS) as AmsRegion[],
  'AmsRegion',
  'AMS regional endpoints; use baseUrl instead for another endpoint (e.g. the sandbox).',
);
export const MerchantErrorCodeEnum = registerListEnum(MERCHANT_ERROR_CODES, 'MerchantErrorCode', 'Merchant mutation problems.');
export const MerchantError = createPayloadErrorType('MerchantError', MerchantErrorCodeEnum);
export type MerchantError = InstanceType<typeof MerchantError>;

/**
 * Public key material of one key version. There is deliberately no field for the private key: it is stored
 * encrypted and only ever leaves the database towards the AMS client.
 */
@ObjectType('MerchantCredential')
export class MerchantCredentialType {
  @Field(() => Int)
  keyVersion!: number;

  @Field(() => String, { description: 'What the Signature header names for this version: the Antom Dashboard key version, or keyVersion when none was given.' })
  amsKeyVersion!: string;

  @Field(() => Boolean, { description: 'True for the version used to sign requests now.' })
  current!: boolean;

  @Field(() => String, { description: "SPKI base64 of the merchant's public key (upload it to the AMS dashboard)." })
  merchantPublicKey!: string;

  @Field(() => String, { description: 'SHA256:<base64> of the merchant public key.' })
  merchantKeyFingerprint!: string;

  @Field(() => String, { description: "SPKI base64 of Alipay's public key." })
  alipayPublicKey!: string;

  @Field(() => String)
  alipayKeyFingerprint!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  retiredAt!: Date | null;
}

@ObjectType('Merchant')
export class MerchantType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'AMS Client-Id.' })
  clientId!: string;

  @Field(() => String, { description: 'AMS endpoint origin.' })
  baseUrl!: string;

  @Field(() => MerchantStatusEnum)
  status!: MerchantStatus;

  @Field(() => Int)
  keyVersion!: number;

  @Field(() => String, { nullable: true, description: 'Default merchantRegion for consult, applyToken and pay.' })
  merchantRegion!: string | null;

  @Field(() => String, { nullable: true, description: 'Default settlement currency for pay.' })
  settlementCurrency!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('MerchantConnection')
export class MerchantConnection extends connectionOf(MerchantType) {}

@ObjectType()
export class CreateMerchantPayload {
  @Field(() => MerchantType, { nullable: true })
  merchant!: MerchantType | null;

  @Field(() => MerchantCredentialType, { nullable: true })
  credential!: MerchantCredentialType | null;

  @Field(() => [MerchantError])
  errors!: MerchantError[];
}

@ObjectType()
export class RotateMerchantCredentialsPayload {
  @Field(() => MerchantType, { nullable: true })
  merchant!: MerchantType | null;

  @Field(() => MerchantCredentialType, { nullable: true })
  credential!: MerchantCredentialType | null;

  @Field(() => [MerchantError])
  errors!: MerchantError[];
}

@ObjectType({ description: 'Result of disableMerchant / enableMerchant.' })
export class MerchantStatusPayload {
  @Field(() => MerchantType, { nullable: true })
  merchant!: MerchantType | null;

  @Field(() => [MerchantError])
  errors!: MerchantError[];
}
