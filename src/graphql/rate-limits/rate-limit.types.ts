import { ID, InputType, Int, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { RATE_LIMIT_ERROR_CODES } from '../../modules/rate-limits/rate-limit-errors.js';
import { createPayloadErrorType } from '../core/payload-error.js';

export const RateLimitError = createPayloadErrorType('RateLimitError', RATE_LIMIT_ERROR_CODES, 'Why setMerchantRateLimits refused.');

@ObjectType({ description: 'Requests per second, plus a burst allowance over RATE_LIMIT_BURST_WINDOW_SECONDS; perSecond 0 = no limit.' })
export class RateLimitType extends objectFields({
  perSecond: field(Int),
  burst: field(Int),
}) {}

@ObjectType({ description: "A merchant's effective rate limits: its override where set, else the environment's defaults." })
export class MerchantRateLimitsType extends objectFields({
  merchantId: field(ID),
  key: field(RateLimitType, 'Per API key of the merchant (GraphQL requests and subscribes).'),
  merchant: field(RateLimitType, 'All the merchant’s keys together.'),
  notifications: field(RateLimitType, 'AMS notifications received for the merchant.'),
}) {}

@InputType({ description: 'Every field: a whole number ≥ 0, or null for the environment default. Replaces the whole override.' })
export class SetMerchantRateLimitsInput extends inputFields({
  merchantId: field(ID),
  keyPerSecond: nullable(Int),
  keyBurst: nullable(Int),
  merchantPerSecond: nullable(Int),
  merchantBurst: nullable(Int),
  notificationsPerSecond: nullable(Int),
  notificationsBurst: nullable(Int),
}) {}

@ObjectType()
export class SetMerchantRateLimitsPayload extends objectFields({
  rateLimits: nullable(MerchantRateLimitsType),
  errors: field([RateLimitError]),
}) {}
