import type { EntitySchema } from '@mikro-orm/core';
import { ApiKeySchema } from '../modules/access/api-key.entity.js';
import { MerchantCredentialSchema } from '../modules/merchants/merchant-credential.entity.js';
import { MerchantSchema } from '../modules/merchants/merchant.entity.js';

/**
 * Every entity, listed explicitly (no folder scanning: it behaves the same under tsx, vitest and compiled code).
 * A new module adds its schema here, and to TENANT_SCOPED in tenant-filter.ts if it belongs to a merchant.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ENTITIES: EntitySchema<any>[] = [MerchantSchema, MerchantCredentialSchema, ApiKeySchema];
