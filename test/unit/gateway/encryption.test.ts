import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, Encryptor, masterKeyId } from '../../../src/persistence/encryption.js';

describe('Encryptor (AES-256-GCM envelope)', () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);

  it('round-trips and never stores the plaintext', () => {
    const encryptor = new Encryptor([newKey]);
    const secret = '-----BEGIN PRIVATE KEY-----\nMIIE...secret...\n-----END PRIVATE KEY-----';
    const stored = encryptor.encrypt(secret, 'ctx:1');
    expect(stored).not.toContain('secret');
    expect(stored.startsWith(`agw1.${masterKeyId(newKey)}.`)).toBe(true);
    expect(encryptor.decrypt(stored, 'ctx:1')).toBe(secret);
  });

  it('uses a fresh data key and iv per value', () => {
    const encryptor = new Encryptor([newKey]);
    expect(encryptor.encrypt('same', 'ctx')).not.toBe(encryptor.encrypt('same', 'ctx'));
  });

  it('refuses a value moved to another context', () => {
    const encryptor = new Encryptor([newKey]);
    const stored = encryptor.encrypt('value', 'merchant:A');
    expect(() => encryptor.decrypt(stored, 'merchant:B')).toThrow(DecryptionError);
  });

  it('detects tampering', () => {
    const encryptor = new Encryptor([newKey]);
    const stored = encryptor.encrypt('value', 'ctx');
    const parts = stored.split('.');
    const sealed = Buffer.from(parts[3]!, 'base64url');
    sealed[14] = sealed[14]! ^ 1;
    parts[3] = sealed.toString('base64url');
    expect(() => encryptor.decrypt(parts.join('.'), 'ctx')).toThrow(DecryptionError);
  });

  it('decrypts under a previous master key and rewraps to the active one', () => {
    const before = new Encryptor([oldKey]);
    const stored = before.encrypt('value', 'ctx');
    const after = new Encryptor([newKey, oldKey]);
    expect(after.decrypt(stored, 'ctx')).toBe('value');
    const rewrapped = after.rewrap(stored);
    expect(after.keyIdOf(rewrapped)).toBe(masterKeyId(newKey));
    expect(new Encryptor([newKey]).decrypt(rewrapped, 'ctx')).toBe('value');
  });

  it('names the missing master key id when it is not configured', () => {
    const stored = new Encryptor([oldKey]).encrypt('value', 'ctx');
    expect(() => new Encryptor([newKey]).decrypt(stored, 'ctx')).toThrow(/not configured/);
  });
});
