import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RATE_LIMIT_ERROR_CODES, type RateLimitErrorCode } from '../../modules/rate-limits/rate-limit-errors.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';

export const RateLimitErrorCodeEnum = registerListEnum(RATE_LIMIT_ERROR_CODES, 'RateLimitErrorCode', 'Why setMerchantRateLimits refused.');
export const RateLimitError = createPayloadErrorType<RateLimitErrorCode>('RateLimitError', RateLimitErrorCodeEnum);

@ObjectType({ description: 'Requests per second, plus a burst allowance over RATE_LIMIT_BURST_WINDOW_SECONDS; perSecond 0 = no limit.' })
export class RateLimitType {
  @Field(() => Int)
  perSecond!: number;

  @Field(() => Int)
  burst!: number;
}

@ObjectType({ description: "A merchant's effective rate limits: its override where set, else the environment's defaults." })
export class MerchantRateLimitsType {
  @Field(() => ID)
  merchantId!: string;

  @Field(() => RateLimitType, { description: 'Per API key of the merchant (GraphQL requests and subscribes).' })
  key!: RateLimitType;

  @Field(() => RateLimitType, { description: 'All the merchant’s keys together.' })
  merchant!: RateLimitType;

  @Field(() => RateLimitType, { description: 'AMS notifications received for the merchant.' })
  notifications!: RateLimitType;
}

@InputType({ description: 'Every field: a whole number ≥ 0, or null for the environment default. Replaces the whole override.' })
export class SetMerchantRateLimitsInput {
  @Field(() => ID)
  merchantId!: string;

  @Field(() => Int, { nullable: true })
  keyPerSecond?: number | null;

  @Field(() => Int, { nullable: true })
  keyBurst?: number | null;

  @Field(() => Int, { nullable: true })
  merchantPerSecond?: number | null;

  @Field(() => Int, { nullable: true })
  merchantBurst?: number | null;

  @Field(() => Int, { nullable: true })
  notificationsPerSecond?: number | null;

  @Field(() => Int, { nullable: true })
  notificationsBurst?: number | null;
}

@ObjectType()
export class SetMerchantRateLimitsPayload {
  @Field(() => MerchantRateLimitsType, { nullable: true })
  rateLimits!: MerchantRateLimitsType | null;

  @Field(() => [RateLimitError])
  errors!: InstanceType<typeof RateLimitError>[];
}
