import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toConnection } from '../core/connection.js';
import { gatewayError } from '../core/error-codes.js';
import { toCredentialType, toMerchantType } from './merchant.mapping.js';
import { MerchantConnection, MerchantCredentialType, MerchantType } from './merchant.types.js';

@Resolver(() => MerchantType)
export class MerchantQueries {
  @Authorized()
  @Query(() => MerchantConnection, { description: 'All merchants for an admin; its own merchant for a merchant key.' })
  async merchants(
    @Ctx() context: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<MerchantConnection> {
    if (first < 0 || first > 100) throw gatewayError('BAD_USER_INPUT', 'first must be between 0 and 100');
    const page = await context.services.merchants.list(requireScope(context), { first, after: after ?? null });
    return toConnection(MerchantConnection, page, toMerchantType);
  }

  @Authorized()
  @Query(() => MerchantType, { nullable: true, description: 'null when missing or not visible to this key.' })
  async merchant(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<MerchantType | null> {
    const merchant = await context.services.merchants.get(requireScope(context), id);
    return merchant ? toMerchantType(merchant) : null;
  }

  @FieldResolver(() => [MerchantCredentialType], { description: 'Key versions, newest first.' })
  async credentials(@Ctx() context: GraphQLContext, @Root() merchant: MerchantType): Promise<MerchantCredentialType[]> {
    const rows = await context.services.merchants.credentialHistory(requireScope(context), merchant.id);
    return rows.map((row) => toCredentialType(row, merchant.keyVersion));
  }
}
