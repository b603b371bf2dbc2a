import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Envelope encryption for values at rest (merchant private keys, later access tokens).
 *
 * Each value gets its own random 256-bit data key; the value is sealed with AES-256-GCM under that data key, and
 * the data key is sealed with AES-256-GCM under the master key. The stored string names the master key by id, so
 * a rotated master key can still open old values (keep it in MASTER_KEYS_PREVIOUS) and `rewrap` re-seals only the
 * small data key. The caller's context (e.g. "merchant_credential:<id>:private_key") is bound as additional
 * authenticated data, so a ciphertext copied into another row or column does not decrypt.
 *
 * Format: `agw1.<masterKeyId>.<base64url wrapped data key>.<base64url sealed value>`
 * where each sealed part is iv(12) ‖ ciphertext ‖ tag(16).
 */
const VERSION = 'agw1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
}

/** A short, non-secret id of a master key: the first 8 bytes of SHA-256 over a domain-separated input. */
export function masterKeyId(key: Buffer): string {
  return createHash('sha256').update('agw-master-key-id\0').update(key).digest('hex').slice(0, 16);
}

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function open(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('sealed value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError('authentication failed (wrong master key, wrong context, or tampered value)');
  }
}

export class Encryptor {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly activeId: string;

  /** `masterKeys[0]` encrypts; all of them decrypt. */
  constructor(masterKeys: readonly Buffer[]) {
    const first = masterKeys[0];
    if (!first) throw new Error('Encryptor needs at least one master key');
    for (const key of masterKeys) {
      if (key.length !== 32) throw new Error('master keys must be 32 bytes');
    }
    this.keys = new Map(masterKeys.map((key) => [masterKeyId(key), key]));
    this.activeId = masterKeyId(first);
  }

  get activeKeyId(): string {
    return this.activeId;
  }

  encrypt(plaintext: string, context: string): string {
    const dataKey = randomBytes(32);
    const masterKey = this.keys.get(this.activeId)!;
    const wrapped = seal(masterKey, dataKey, Buffer.from(`${VERSION}:wrap:${this.activeId}`));
    const sealed = seal(dataKey, Buffer.from(plaintext, 'utf8'), Buffer.from(`${VERSION}:value:${context}`));
    dataKey.fill(0);
    return [VERSION, this.activeId, wrapped.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  decrypt(stored: string, context: string): string {
    const { keyId, wrapped, sealed } = this.parse(stored);
    const dataKey = this.unwrap(keyId, wrapped);
    try {
      return open(dataKey, sealed, Buffer.from(`${VERSION}:value:${context}`)).toString('utf8');
    } finally {
      dataKey.fill(0);
    }
  }

  /** The master key id a stored value was sealed under (to find values that still need `rewrap`). */
  keyIdOf(stored: string): string {
    return this.parse(stored).keyId;
  }

  /** Re-seals the data key under the active master key; the value itself is not decrypted. */
  rewrap(stored: string): string {
    const { keyId, wrapped, sealed } = this.parse(stored);
    if (keyId === this.activeId) return stored;
    const dataKey = this.unwrap(keyId, wrapped);
    const masterKey = this.keys.get(this.activeId)!;
    const rewrapped = seal(masterKey, dataKey, Buffer.from(`${VERSION}:wrap:${this.activeId}`));
    dataKey.fill(0);
    return [VERSION, this.activeId, rewrapped.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  private unwrap(keyId: string, wrapped: Buffer): Buffer {
    const masterKey = this.keys.get(keyId);
    if (!masterKey) {
      throw new DecryptionError(
        `value was encrypted under master key ${keyId}, which is not configured (MASTER_KEY / MASTER_KEYS_PREVIOUS)`,
      );
    }
    return open(masterKey, wrapped, Buffer.from(`${VERSION}:wrap:${keyId}`));
  }

  private parse(stored: string): { keyId: string; wrapped: Buffer; sealed: Buffer } {
    const parts = stored.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) throw new DecryptionError('not an encrypted value of this format');
    return {
      keyId: parts[1]!,
      wrapped: Buffer.from(parts[2]!, 'base64url'),
      sealed: Buffer.from(parts[3]!, 'base64url'),
    };
  }
}
