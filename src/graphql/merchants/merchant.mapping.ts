import type { MerchantCredential } from '../../modules/merchants/merchant-credential.entity.js';
import type { Merchant } from '../../modules/merchants/merchant.entity.js';
import { MerchantCredentialType, MerchantType } from './merchant.types.js';

/** Copies the public fields only: entities never reach the schema directly, so nothing secret can leak by default. */
export function toMerchantType(merchant: Merchant): MerchantType {
  return Object.assign(new MerchantType(), {
    id: merchant.id,
    name: merchant.name,
    clientId: merchant.clientId,
    baseUrl: merchant.baseUrl,
    status: merchant.status,
    keyVersion: merchant.keyVersion,
    merchantRegion: merchant.defaultMerchantRegion ?? null,
    settlementCurrency: merchant.defaultSettlementCurrency ?? null,
    createdAt: merchant.createdAt,
    updatedAt: merchant.updatedAt,
  });
}

export function toCredentialType(credential: MerchantCredential, currentVersion: number): MerchantCredentialType {
  return Object.assign(new MerchantCredentialType(), {
    keyVersion: credential.keyVersion,
    amsKeyVersion: credential.amsKeyVersion ?? String(credential.keyVersion),
    current: credential.keyVersion === currentVersion,
    merchantPublicKey: credential.merchantPublicKey,
    merchantKeyFingerprint: credential.merchantKeyFingerprint,
    alipayPublicKey: credential.alipayPublicKey,
    alipayKeyFingerprint: credential.alipayKeyFingerprint,
    createdAt: credential.createdAt,
    retiredAt: credential.retiredAt,
  });
}
