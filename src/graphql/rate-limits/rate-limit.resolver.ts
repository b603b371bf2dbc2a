import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { EffectiveRateLimits } from '../../modules/rate-limits/rate-limits.js';
import { setRateLimitOverride } from '../../modules/rate-limits/set-override.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { forbidden } from '../core/error-codes.js';
import { toPayload } from '../core/payload-error.js';
import { MerchantRateLimitsType, RateLimitError, SetMerchantRateLimitsInput, SetMerchantRateLimitsPayload } from './rate-limit.types.js';

const toType = (merchantId: string, limits: EffectiveRateLimits) => Object.assign(new MerchantRateLimitsType(), { merchantId, ...limits });

@Resolver()
export class RateLimitResolver {
  @Authorized()
  @Query(() => MerchantRateLimitsType, { description: "A merchant's effective rate limits (merchant keys: their own merchant only)." })
  async merchantRateLimits(@Ctx() context: GraphQLContext, @Arg('merchantId', () => ID) merchantId: string): Promise<MerchantRateLimitsType> {
    const scope = requireScope(context);
    if (scope.actor.role !== 'PLATFORM_ADMIN' && scope.actor.merchantId !== merchantId) {
      throw forbidden("Forbidden: a merchant key can read only its own merchant's rate limits");
    }
    return toType(merchantId, await context.services.rateLimits.effective(merchantId));
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => SetMerchantRateLimitsPayload, {
    description: "Admin: replaces a merchant's rate limit override (null fields fall back to the environment). Applies within 5 s on every instance.",
  })
  async setMerchantRateLimits(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => SetMerchantRateLimitsInput) input: SetMerchantRateLimitsInput,
  ): Promise<SetMerchantRateLimitsPayload> {
    const outcome = await setRateLimitOverride(requireScope(context), context.services.rateLimits, {
      merchantId: input.merchantId,
      keyPerSecond: input.keyPerSecond ?? null,
      keyBurst: input.keyBurst ?? null,
      merchantPerSecond: input.merchantPerSecond ?? null,
      merchantBurst: input.merchantBurst ?? null,
      notificationsPerSecond: input.notificationsPerSecond ?? null,
      notificationsBurst: input.notificationsBurst ?? null,
    });
    const set = (limits: EffectiveRateLimits) => ({ rateLimits: toType(input.merchantId, limits) });
    return toPayload(SetMerchantRateLimitsPayload, RateLimitError, outcome, set, { rateLimits: null });
  }
}
