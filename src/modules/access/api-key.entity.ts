import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import { newId } from '../../shared/ids.js';
import { Merchant } from '../merchants/merchant.entity.js';
import type { Role } from './roles.js';

/** An API key. Only the SHA-256 of the secret is stored; the plaintext is shown once when issued. */
export class ApiKey {
  id: string = newId('key_');
  /** null for PLATFORM_ADMIN keys. */
  merchant: Merchant | null = null;
  role!: Role;
  name!: string;
  /** The first characters of the key, to recognise it in lists (not enough to use it). */
  displayPrefix!: string;
  secretHash!: string;
  createdAt: Date = new Date();
  lastUsedAt: Date | null = null;
  revokedAt: Date | null = null;
}

export const ApiKeySchema = new EntitySchema<ApiKey>({
  class: ApiKey,
  tableName: 'api_keys',
  indexes: [{ name: 'api_keys_merchant_id_index', properties: ['merchant'] }],
  properties: {
    id: column.id,
    merchant: { kind: 'm:1', entity: () => Merchant, nullable: true, deleteRule: 'cascade' },
    role: column.text,
    name: column.text,
    displayPrefix: column.text,
    secretHash: { ...column.text, unique: 'api_keys_secret_hash_unique' },
    createdAt: column.timestamp,
    lastUsedAt: column.optionalTimestamp,
    revokedAt: column.optionalTimestamp,
  },
});
