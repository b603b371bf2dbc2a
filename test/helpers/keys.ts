import { generateKeyPairSync } from 'node:crypto';

export interface TestKeyPair {
  /** PKCS#8 DER in base64: how AMS SDKs take the merchant private key. */
  privateKeyBase64: string;
  privateKeyPem: string;
  /** X.509 SPKI DER in base64: how AMS shows public keys. */
  publicKeyBase64: string;
}

export function generateRsaKeyPair(bits = 2048): TestKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return {
    privateKeyBase64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}
