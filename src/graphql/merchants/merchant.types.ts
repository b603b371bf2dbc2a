import { ID, Int, ObjectType } from 'type-graphql';
import { field, nullable, objectFields } from '../core/fields.js';
import { MERCHANT_ERROR_CODES } from '../../modules/merchants/merchant-errors.js';
import { MERCHANT_STATUSES } from '../../modules/merchants/merchant.entity.js';
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
export const MerchantError = createPayloadErrorType('MerchantError', MERCHANT_ERROR_CODES, 'Merchant mutation problems.');

/**
 * Public key material of one key version. There is deliberately no field for the private key: it is stored
 * encrypted and only ever leaves the database towards the AMS client.
 */
@ObjectType('MerchantCredential')
export class MerchantCredentialType extends objectFields({
  keyVersion: field(Int),
  amsKeyVersion: field(String, 'What the Signature header names for this version: the Antom Dashboard key version, or keyVersion when none was given.'),
  current: field(Boolean, 'True for the version used to sign requests now.'),
  merchantPublicKey: field(String, "SPKI base64 of the merchant's public key (upload it to the AMS dashboard)."),
  merchantKeyFingerprint: field(String, 'SHA256:<base64> of the merchant public key.'),
  alipayPublicKey: field(String, "SPKI base64 of Alipay's public key."),
  alipayKeyFingerprint: field(String),
  createdAt: field(Date),
  retiredAt: nullable(Date),
}) {}

@ObjectType('Merchant')
export class MerchantType extends objectFields({
  id: field(ID),
  name: field(String),
  clientId: field(String, 'AMS Client-Id.'),
  baseUrl: field(String, 'AMS endpoint origin.'),
  status: field(MerchantStatusEnum),
  keyVersion: field(Int),
  merchantRegion: nullable(String, 'Default merchantRegion for consult, applyToken and pay.'),
  settlementCurrency: nullable(String, 'Default settlement currency for pay.'),
  createdAt: field(Date),
  updatedAt: field(Date),
}) {}

@ObjectType('MerchantConnection')
export class MerchantConnection extends connectionOf(MerchantType) {}

/** The merchant with the credential version just stored, or the problems (createMerchant, rotateMerchantCredentials). */
const MerchantWithCredentialPayload = objectFields({
  merchant: nullable(MerchantType),
  credential: nullable(MerchantCredentialType),
  errors: field([MerchantError]),
});
export type MerchantWithCredentialPayload = InstanceType<typeof MerchantWithCredentialPayload>;

@ObjectType()
export class CreateMerchantPayload extends MerchantWithCredentialPayload {}

@ObjectType()
export class RotateMerchantCredentialsPayload extends MerchantWithCredentialPayload {}

@ObjectType({ description: 'Result of disableMerchant / enableMerchant.' })
export class MerchantStatusPayload extends objectFields({
  merchant: nullable(MerchantType),
  errors: field([MerchantError]),
}) {}
