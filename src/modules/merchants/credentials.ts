import type { KeyObject } from 'node:crypto';

/**
 * What the AMS client needs to call AMS on a merchant's behalf. Holds decrypted key material: it must never be
 * returned through GraphQL, logged or serialised. Built only by MerchantService.credentialsFor.
 */
export interface AmsCredentials {
  merchantId: string;
  clientId: string;
  baseUrl: string;
  keyVersion: number;
  /** What the Signature header names: the Antom Dashboard's version when the operator gave one, else `keyVersion`. */
  signatureKeyVersion: string;
  merchantPrivateKey: KeyObject;
  alipayPublicKey: KeyObject;
  /** Alipay public keys of retired versions, still accepted when verifying during a rotation. */
  previousAlipayPublicKeys: KeyObject[];
}
