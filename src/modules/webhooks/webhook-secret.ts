import { randomBytes } from 'node:crypto';
import type { Encryptor } from '../../persistence/encryption.js';
import { Secret } from '../../shared/secret.js';

const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): Secret<string> {
  return new Secret(`${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`);
}

/** Binds the ciphertext to its endpoint and column, so it cannot be copied into another row. */
function context(endpointId: string, which: 'secret' | 'previous_secret'): string {
  return `webhook_endpoint:${endpointId}:${which}`;
}

export function sealSecret(encryptor: Encryptor, endpointId: string, which: 'secret' | 'previous_secret', secret: Secret<string>): string {
  return encryptor.encrypt(secret.reveal(), context(endpointId, which));
}

export function openSecret(encryptor: Encryptor, endpointId: string, which: 'secret' | 'previous_secret', stored: string): Secret<string> {
  return new Secret(encryptor.decrypt(stored, context(endpointId, which)));
}
