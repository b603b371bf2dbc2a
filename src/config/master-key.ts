import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ConfigError } from './errors.js';

export const DEV_MASTER_KEY_FILE = 'master-key.dev';

/** Decodes a base64 AES-256 key, naming the variable in the error (never the value). */
export function decodeMasterKey(value: string, variable: string): Buffer {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new ConfigError(`${variable} is not base64; expected 32 random bytes in base64 (openssl rand -base64 32)`);
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      `${variable} decodes to ${key.length} bytes; expected 32 bytes in base64 (openssl rand -base64 32)`,
    );
  }
  return key;
}

/**
 * Development convenience: without MASTER_KEY, a key is generated once into DATA_DIR so that restarts can still
 * decrypt what was stored. Losing that file loses every stored private key, hence the loud warning by the caller.
 */
export function loadOrCreateDevMasterKey(dataDir: string): { key: Buffer; path: string; created: boolean } {
  const path = join(dataDir, DEV_MASTER_KEY_FILE);
  if (existsSync(path)) {
    return { key: decodeMasterKey(readFileSync(path, 'utf8'), path), path, created: false };
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return { key, path, created: true };
}
