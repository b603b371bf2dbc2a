import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toMerchantType } from '../merchants/merchant.mapping.js';
import { ViewerType } from './api-key.types.js';

@Resolver()
export class ViewerResolver {
  @Authorized()
  @Query(() => ViewerType, { description: 'Who the API key in use speaks for.' })
  async viewer(@Ctx() context: GraphQLContext): Promise<ViewerType> {
    const scope = requireScope(context);
    const merchant =
      scope.actor.merchantId === null ? null : await context.services.merchants.get(scope, scope.actor.merchantId);
    return Object.assign(new ViewerType(), {
      role: scope.actor.role,
      apiKeyId: scope.actor.keyId,
      merchant: merchant ? toMerchantType(merchant) : null,
    });
  }
}
