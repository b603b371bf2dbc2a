import { LRUCache } from 'lru-cache';
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/** Raised when a configured key cannot be used. The message says what is wrong, never the key itself. */
export class KeyFormatError extends Error {
  override readonly name = 'KeyFormatError';
}

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/;

function decodeBase64Strict(text: string, what: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0) throw new KeyFormatError(`${what} is empty`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    throw new KeyFormatError(`${what} is neither PEM nor base64 (found characters outside the base64 alphabet)`);
  }
  return Buffer.from(compact, 'base64');
}

/** PEM armour of either kind, or bare base64 DER; returns the label (if any) and the DER bytes. */
function toDer(input: string, what: string): { label: string | null; der: Buffer } {
  const pem = PEM_BLOCK.exec(input);
  if (pem) return { label: pem[1]!, der: decodeBase64Strict(pem[2]!, what) };
  if (input.includes('-----')) throw new KeyFormatError(`${what} has a malformed PEM armour`);
  return { label: null, der: decodeBase64Strict(input, what) };
}

function assertRsa(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new KeyFormatError(`${what} is a ${key.asymmetricKeyType ?? 'non-asymmetric'} key; AMS RSA256 needs an RSA key`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 1024) throw new KeyFormatError(`${what} is RSA-${bits}; at least 2048 bits are expected`);
  return key;
}

const CACHE_LIMIT = 1000;
const privateCache = new LRUCache<string, KeyObject>({ max: CACHE_LIMIT });
const publicCache = new LRUCache<string, KeyObject>({ max: CACHE_LIMIT });

function remember(cache: LRUCache<string, KeyObject>, text: string, key: KeyObject): KeyObject {
  cache.set(text, key);
  return key;
}

/**
 * Parses a merchant (or Alipay) RSA private key: PKCS#8 base64 as the SDKs configure it, PKCS#1 base64, or PEM of
 * either kind. Parsed keys are cached: parsing costs several times a signature (stack.md has the figures).
 */
export function parsePrivateKey(input: string | KeyObject, what = 'private key'): KeyObject {
  if (typeof input !== 'string') return assertRsa(input, what);
  const cached = privateCache.get(input);
  if (cached) return cached;
  const { label, der } = toDer(input.trim(), what);
  const attempts: Array<'pkcs8' | 'pkcs1'> =
    label === 'RSA PRIVATE KEY' ? ['pkcs1', 'pkcs8'] : label === 'PRIVATE KEY' ? ['pkcs8'] : ['pkcs8', 'pkcs1'];
  if (label !== null && label !== 'PRIVATE KEY' && label !== 'RSA PRIVATE KEY') {
    throw new KeyFormatError(`${what} is a PEM "${label}" block; expected PRIVATE KEY or RSA PRIVATE KEY`);
  }
  for (const type of attempts) {
    try {
      return remember(privateCache, input, assertRsa(createPrivateKey({ key: der, format: 'der', type }), what));
    } catch (error) {
      if (error instanceof KeyFormatError) throw error;
    }
  }
  throw new KeyFormatError(`${what} could not be parsed as PKCS#8 or PKCS#1 RSA private key DER`);
}

function looksLikePrivateKeyDer(der: Buffer): boolean {
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    try {
      createPrivateKey({ key: der, format: 'der', type });
      return true;
    } catch {
      // not this encoding
    }
  }
  return false;
}

/** Parses an RSA public key: X.509 SubjectPublicKeyInfo base64 (the AMS format), PKCS#1, or PEM of either. */
export function parsePublicKey(input: string | KeyObject, what = 'public key'): KeyObject {
  if (typeof input !== 'string') return assertRsa(input.type === 'private' ? createPublicKey(input) : input, what);
  const cached = publicCache.get(input);
  if (cached) return cached;
  const { label, der } = toDer(input.trim(), what);
  if (label === 'PRIVATE KEY' || label === 'RSA PRIVATE KEY') {
    throw new KeyFormatError(`${what} is a private key; give the public key here`);
  }
  if (label !== null && label !== 'PUBLIC KEY' && label !== 'RSA PUBLIC KEY') {
    throw new KeyFormatError(`${what} is a PEM "${label}" block; expected PUBLIC KEY`);
  }
  // node:crypto would silently derive a public key from private-key DER; a pasted private key is a mistake to report.
  if (label === null && looksLikePrivateKeyDer(der)) {
    throw new KeyFormatError(`${what} is a private key; give the public key here`);
  }
  const attempts: Array<'spki' | 'pkcs1'> = label === 'RSA PUBLIC KEY' ? ['pkcs1'] : ['spki', 'pkcs1'];
  for (const type of attempts) {
    try {
      return remember(publicCache, input, assertRsa(createPublicKey({ key: der, format: 'der', type }), what));
    } catch (error) {
      if (error instanceof KeyFormatError) throw error;
    }
  }
  throw new KeyFormatError(`${what} could not be parsed as an X.509 SubjectPublicKeyInfo RSA public key`);
}

/** The X.509 SubjectPublicKeyInfo base64 form AMS dashboards show, for any public or private key. */
export function publicKeyToBase64(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ format: 'der', type: 'spki' }).toString('base64');
}

/** A stable, non-secret identifier of a key pair: SHA-256 of the SPKI DER, as colon-free hex. */
export function keyFingerprint(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return 'SHA256:' + createHash('sha256').update(pub.export({ format: 'der', type: 'spki' })).digest('base64');
}
