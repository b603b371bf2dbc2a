import { sign as rsaSign, verify as rsaVerify, type KeyObject } from 'node:crypto';
import { contentToSign, type SignedMessageParts } from './content.js';
import { parseSignatureHeader, SignatureHeaderError } from './header.js';
import { parsePrivateKey, parsePublicKey } from './keys.js';

/** RSA256 (SHA256withRSA, PKCS#1 v1.5) over the content-to-sign; returns standard base64. */
export function signMessage(parts: SignedMessageParts, privateKey: KeyObject | string): string {
  return rsaSign('sha256', contentToSign(parts), parsePrivateKey(privateKey)).toString('base64');
}

/** The same, on the libuv pool: lets a busy server use both cores for signing. */
export function signMessageAsync(parts: SignedMessageParts, privateKey: KeyObject | string): Promise<string> {
  const key = parsePrivateKey(privateKey);
  return new Promise((resolve, reject) => {
    rsaSign('sha256', contentToSign(parts), key, (error, signature) => {
      if (error) reject(error);
      else resolve(signature.toString('base64'));
    });
  });
}

/** Verifies a standard-base64 signature. Never throws on a bad signature: returns false. */
export function verifyMessage(parts: SignedMessageParts, base64Signature: string, publicKey: KeyObject | string): boolean {
  const raw = Buffer.from(base64Signature, 'base64');
  if (raw.length === 0) return false;
  return rsaVerify('sha256', contentToSign(parts), parsePublicKey(publicKey), raw);
}

export type SignatureCheck =
  | { ok: true; keyVersion: string | undefined }
  | { ok: false; reason: 'MISSING' | 'MALFORMED' | 'UNSUPPORTED_ALGORITHM' | 'MISMATCH'; detail: string };

/** Verifies a whole `Signature` header value; the reason says why it failed, for logs and AMS-style errors. */
export function verifySignatureHeader(
  parts: SignedMessageParts,
  headerValue: string | undefined | null,
  publicKey: KeyObject | string,
): SignatureCheck {
  if (headerValue === undefined || headerValue === null || headerValue.trim() === '') {
    return { ok: false, reason: 'MISSING', detail: 'signature header is missing' };
  }
  let parsed;
  try {
    parsed = parseSignatureHeader(headerValue);
  } catch (error) {
    if (error instanceof SignatureHeaderError) return { ok: false, reason: 'MALFORMED', detail: error.message };
    throw error;
  }
  if (parsed.algorithm.toUpperCase() !== 'RSA256') {
    return { ok: false, reason: 'UNSUPPORTED_ALGORITHM', detail: `algorithm ${parsed.algorithm} is not RSA256` };
  }
  if (!verifyMessage(parts, parsed.signature, publicKey)) {
    return { ok: false, reason: 'MISMATCH', detail: 'signature does not match the content and key' };
  }
  return { ok: true, keyVersion: parsed.keyVersion };
}
