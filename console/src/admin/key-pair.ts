/**
 * An RSA-2048 key pair made in the browser with WebCrypto (RSASSA-PKCS1-v1_5 with SHA-256, what AMS signs with).
 * The private key goes straight into the onboarding mutation as PKCS#8 base64 and is never shown; the public key
 * (X.509 SPKI base64) is what the merchant uploads to the Antom dashboard.
 */
export interface GeneratedKeyPair {
  privateKeyPkcs8Base64: string;
  publicKeySpkiBase64: string;
}

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function generateMerchantKeyPair(): Promise<GeneratedKeyPair> {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const [pkcs8, spki] = await Promise.all([crypto.subtle.exportKey('pkcs8', pair.privateKey), crypto.subtle.exportKey('spki', pair.publicKey)]);
  return { privateKeyPkcs8Base64: toBase64(pkcs8), publicKeySpkiBase64: toBase64(spki) };
}
