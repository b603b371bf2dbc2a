import { ID, InputType, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { API_KEY_ERROR_CODES } from '../../modules/access/api-key-errors.js';
import type { ApiKey } from '../../modules/access/api-key.entity.js';
import { ROLES } from '../../modules/access/roles.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { MerchantType } from '../merchants/merchant.types.js';

export const RoleEnum = registerListEnum(
  ROLES,
  'Role',
  'PLATFORM_ADMIN: onboarding and keys. MERCHANT: all operations of one merchant. MERCHANT_READONLY: its queries and subscriptions.',
);
export const ApiKeyError = createPayloadErrorType('ApiKeyError', API_KEY_ERROR_CODES, 'API key mutation problems.');

@ObjectType('ApiKey', { description: 'An API key, without its secret (shown once, when issued).' })
export class ApiKeyType extends objectFields({
  id: field(ID),
  name: field(String),
  role: field(RoleEnum),
  merchantId: nullable(ID),
  displayPrefix: field(String, 'The first characters of the key, to recognise it.'),
  createdAt: field(Date),
  lastUsedAt: nullable(Date, 'Updated at most once a minute.'),
  revokedAt: nullable(Date),
}) {}

export function toApiKeyType(key: ApiKey): ApiKeyType {
  return Object.assign(new ApiKeyType(), {
    id: key.id,
    name: key.name,
    role: key.role,
    merchantId: key.merchant?.id ?? null,
    displayPrefix: key.displayPrefix,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  });
}

@InputType()
export class IssueApiKeyInput extends inputFields({
  role: field(RoleEnum),
  merchantId: nullable(ID, 'Required for merchant roles; absent for PLATFORM_ADMIN.'),
  name: field(String, 'Who or what uses the key.'),
}) {}

@ObjectType()
export class IssueApiKeyPayload extends objectFields({
  apiKey: nullable(ApiKeyType),
  secret: nullable(String, 'The key itself. Shown this once; only its hash is stored.'),
  errors: field([ApiKeyError]),
}) {}

@ObjectType()
export class RevokeApiKeyPayload extends objectFields({
  apiKey: nullable(ApiKeyType),
  errors: field([ApiKeyError]),
}) {}

@ObjectType('Viewer', { description: 'The caller, as identified by its API key.' })
export class ViewerType extends objectFields({
  role: field(RoleEnum),
  apiKeyId: field(ID),
  merchant: nullable(MerchantType),
}) {}
