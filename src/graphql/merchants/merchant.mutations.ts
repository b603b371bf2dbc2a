import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { MerchantErrorCode } from '../../modules/merchants/merchant-errors.js';
import type { MerchantStatus } from '../../modules/merchants/merchant.entity.js';
import type { MerchantWithCredential } from '../../modules/merchants/merchant.service.js';
import type { Outcome } from '../../modules/outcome.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPayload } from '../core/payload-error.js';
import { CreateMerchantInput, RotateMerchantCredentialsInput } from './merchant.inputs.js';
import { toCredentialType, toMerchantType } from './merchant.mapping.js';
import {
  CreateMerchantPayload,
  MerchantError,
  MerchantStatusPayload,
  type MerchantWithCredentialPayload,
  RotateMerchantCredentialsPayload,
} from './merchant.types.js';

/** Platform-admin mutations on merchants. Thin: validate nothing here, map the service outcome to the payload. */
@Resolver()
export class MerchantMutations {
  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => CreateMerchantPayload, { description: 'Onboards a merchant; both keys are validated at once.' })
  async createMerchant(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateMerchantInput) input: CreateMerchantInput,
  ): Promise<CreateMerchantPayload> {
    const outcome = await context.services.merchants.create(requireScope(context), {
      name: input.name,
      clientId: input.clientId,
      region: input.region ?? null,
      baseUrl: input.baseUrl ?? null,
      merchantPrivateKey: input.merchantPrivateKey,
      alipayPublicKey: input.alipayPublicKey,
      keyVersion: input.keyVersion ?? null,
      ...(input.merchantRegion !== undefined ? { merchantRegion: input.merchantRegion } : {}),
      ...(input.settlementCurrency !== undefined ? { settlementCurrency: input.settlementCurrency } : {}),
    });
    return withCredential(CreateMerchantPayload, outcome);
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => RotateMerchantCredentialsPayload, {
    description: 'Adds a new key version and makes it current; the previous version is kept for verification.',
  })
  async rotateMerchantCredentials(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RotateMerchantCredentialsInput) input: RotateMerchantCredentialsInput,
  ): Promise<RotateMerchantCredentialsPayload> {
    const outcome = await context.services.merchants.rotateCredentials(requireScope(context), input);
    return withCredential(RotateMerchantCredentialsPayload, outcome);
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => MerchantStatusPayload, { description: "Stops the merchant's API keys and operations." })
  disableMerchant(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<MerchantStatusPayload> {
    return this.setStatus(context, id, 'DISABLED');
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => MerchantStatusPayload)
  enableMerchant(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<MerchantStatusPayload> {
    return this.setStatus(context, id, 'ACTIVE');
  }

  private async setStatus(context: GraphQLContext, id: string, status: MerchantStatus): Promise<MerchantStatusPayload> {
    const outcome = await context.services.merchants.setStatus(requireScope(context), id, status);
    return toPayload(MerchantStatusPayload, MerchantError, outcome, (merchant) => ({ merchant: toMerchantType(merchant) }), { merchant: null });
  }
}

/** A merchant with the credential version just stored (createMerchant, rotateMerchantCredentials), or the problems. */
function withCredential(payload: new () => MerchantWithCredentialPayload, outcome: Outcome<MerchantWithCredential, MerchantErrorCode>): MerchantWithCredentialPayload {
  const stored = ({ merchant, credential }: MerchantWithCredential) => ({ merchant: toMerchantType(merchant), credential: toCredentialType(credential, merchant.keyVersion) });
  return toPayload(payload, MerchantError, outcome, stored, { merchant: null, credential: null });
}
