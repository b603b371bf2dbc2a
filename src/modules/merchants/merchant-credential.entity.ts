import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import { newId } from '../../shared/ids.js';
import { Merchant } from './merchant.entity.js';

/**
 * One version of a merchant's AMS key material. The private key is stored only encrypted (see
 * persistence/encryption.ts) with its row id as context; public keys and fingerprints are not secret.
 */
export class MerchantCredential {
  id: string = newId('crd_');
  merchant!: Merchant;
  keyVersion!: number;
  /**
   * The version bound to this public key on the Antom Dashboard, sent as `keyVersion` in the Signature header (a
   * mismatch is KEY_NOT_FOUND). Null: the operator gave none, and `keyVersion` above is sent.
   */
  amsKeyVersion: string | null = null;
  merchantPrivateKeyEncrypted!: string;
  /** SPKI base64 of the merchant's public key: what the merchant uploads to the AMS dashboard. */
  merchantPublicKey!: string;
  merchantKeyFingerprint!: string;
  /** SPKI base64 of Alipay's public key, used to verify responses and notifications. */
  alipayPublicKey!: string;
  alipayKeyFingerprint!: string;
  createdAt: Date = new Date();
  /** Set when a newer version replaced this one; kept for verification during rotation. */
  retiredAt: Date | null = null;
}

export const MerchantCredentialSchema = new EntitySchema<MerchantCredential>({
  class: MerchantCredential,
  tableName: 'merchant_credentials',
  uniques: [{ name: 'merchant_credentials_version_unique', properties: ['merchant', 'keyVersion'] }],
  properties: {
    id: column.id,
    merchant: { kind: 'm:1', entity: () => Merchant, deleteRule: 'cascade' },
    keyVersion: column.int,
    amsKeyVersion: column.optionalText,
    merchantPrivateKeyEncrypted: column.text,
    merchantPublicKey: column.text,
    merchantKeyFingerprint: column.text,
    alipayPublicKey: column.text,
    alipayKeyFingerprint: column.text,
    createdAt: column.timestamp,
    retiredAt: column.optionalTimestamp,
  },
});
