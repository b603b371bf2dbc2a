import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface TestKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** PKCS#8 DER base64, the format the official SDKs configure. */
  privateKeyBase64: string;
  /** X.509 SPKI DER base64, the format Antom Dashboard shows. */
  publicKeyBase64: string;
}

export function generateTestKeyPair(): TestKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    publicKey,
    privateKeyBase64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKeyBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

export interface AmsTestKeys {
  /** Signs requests; the fake server verifies with its public half. */
  merchant: TestKeyPair;
  /** Signs responses and notifications; the client verifies with its public half. */
  alipay: TestKeyPair;
  /** A third pair, for "signed with the wrong key". */
  stranger: TestKeyPair;
}

let cached: AmsTestKeys | undefined;

/** Generated once per test file: RSA-2048 generation is slow enough to matter. */
export function amsTestKeys(): AmsTestKeys {
  cached ??= { merchant: generateTestKeyPair(), alipay: generateTestKeyPair(), stranger: generateTestKeyPair() };
  return cached;
}
