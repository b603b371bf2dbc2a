import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePrivateKey } from '../ams/signing/index.js';

const PRIVATE_KEY_FILE = 'alipay-private-key.pem';
const PUBLIC_KEY_FILE = 'alipay-public-key.pem';

function generate(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

/**
 * The sandbox's own "Alipay" key pair. Given explicitly it is used as is; with a data directory it is read from
 * `<dataDir>/alipay-private-key.pem`, or generated and written there (0600) on first start so that a merchant's stored
 * Alipay public key stays valid across restarts; with neither it is generated in memory.
 */
export async function loadOrCreateSandboxKey(options: {
  privateKey?: string | KeyObject | undefined;
  dataDir?: string | null | undefined;
}): Promise<KeyObject> {
  if (options.privateKey !== undefined) return parsePrivateKey(options.privateKey, 'sandbox private key');
  if (!options.dataDir) return generate();
  const path = join(options.dataDir, PRIVATE_KEY_FILE);
  try {
    return parsePrivateKey(await readFile(path, 'utf8'), `sandbox private key ${path}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = generate();
  await mkdir(options.dataDir, { recursive: true });
  const pem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
  // Write then rename: two sandboxes starting at once on a fresh directory never read a half-written key.
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, pem, { mode: 0o600 });
  await chmod(temp, 0o600);
  await rename(temp, path);
  // Re-read: if another process won the race, everyone uses the key that is on disk, and the public half matches it.
  const onDisk = parsePrivateKey(await readFile(path, 'utf8'), `sandbox private key ${path}`);
  await writeFile(join(options.dataDir, PUBLIC_KEY_FILE), createPublicKey(onDisk).export({ format: 'pem', type: 'spki' }));
  return onDisk;
}
