import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { API_KEY_ERROR_CODES } from '../../modules/access/api-key-errors.js';
import type { ApiKey } from '../../modules/access/api-key.entity.js';
import { ROLES, type Role } from '../../modules/access/roles.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { MerchantType } from '../merchants/merchant.types.js';

export const RoleEnum = registerListEnum(
  ROLES,
  'Role',
  'PLATFORM_ADMIN: onboarding and keys. MERCHANT: all operations of one merchant. MERCHANT_READONLY: its queries and subscriptions.',
);
export const ApiKeyErrorCodeEnum = registerListEnum(API_KEY_ERROR_CODES, 'ApiKeyErrorCode', 'API key mutation problems.');
export const ApiKeyError = createPayloadErrorType('ApiKeyError', ApiKeyErrorCodeEnum);
export type ApiKeyError = InstanceType<typeof ApiKeyError>;

@ObjectType('ApiKey', { description: 'An API key, without its secret (shown once, when issued).' })
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  merchantId!: string | null;

  @Field(() => String, { description: 'The first characters of the key, to recognise it.' })
  displayPrefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

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
export class IssueApiKeyInput {
  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for merchant roles; absent for PLATFORM_ADMIN.' })
  merchantId?: string | null;

  @Field(() => String, { description: 'Who or what uses the key.' })
  name!: string;
}

@ObjectType()
export class IssueApiKeyPayload {
  @Field(() => ApiKeyType, { nullable: true })
  apiKey!: ApiKeyType | null;

  @Field(() => String, { nullable: true, description: 'The key itself. Shown this once; only its hash is stored.' })
  secret!: string | null;

  @Field(() => [ApiKeyError])
  errors!: ApiKeyError[];
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { nullable: true })
  apiKey!: ApiKeyType | null;

  @Field(() => [ApiKeyError])
  errors!: ApiKeyError[];
}

@ObjectType('Viewer', { description: 'The caller, as identified by its API key.' })
export class ViewerType {
  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID)
  apiKeyId!: string;

  @Field(() => MerchantType, { nullable: true })
  merchant!: MerchantType | null;
}
