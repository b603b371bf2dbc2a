import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IssuedApiKey } from '../../modules/access/api-key.service.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { forbidden } from '../core/error-codes.js';
import { toPayload } from '../core/payload-error.js';
import {
  ApiKeyError,
  ApiKeyType,
  IssueApiKeyInput,
  IssueApiKeyPayload,
  RevokeApiKeyPayload,
  toApiKeyType,
} from './api-key.types.js';

@Resolver()
export class ApiKeyResolver {
  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Query(() => [ApiKeyType], {
    description: "Keys of a merchant (a merchant key: its own only), or the platform admin keys when merchantId is null.",
  })
  async apiKeys(
    @Ctx() context: GraphQLContext,
    @Arg('merchantId', () => ID, { nullable: true }) merchantId: string | null,
  ): Promise<ApiKeyType[]> {
    const scope = requireScope(context);
    const target = merchantId ?? null;
    if (scope.actor.role !== 'PLATFORM_ADMIN' && target !== scope.actor.merchantId) {
      throw forbidden("Forbidden: a merchant key can list only its own merchant's keys");
    }
    return (await context.services.apiKeys.list(scope, target)).map(toApiKeyType);
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => IssueApiKeyPayload, { description: 'Creates an API key and returns its secret, once.' })
  async issueApiKey(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => IssueApiKeyInput) input: IssueApiKeyInput,
  ): Promise<IssueApiKeyPayload> {
    const outcome = await context.services.apiKeys.issue(requireScope(context), {
      role: input.role,
      merchantId: input.merchantId ?? null,
      name: input.name,
    });
    const issued = (key: IssuedApiKey) => ({ apiKey: toApiKeyType(key.apiKey), secret: key.secret.reveal() });
    return toPayload(IssueApiKeyPayload, ApiKeyError, outcome, issued, { apiKey: null, secret: null });
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => RevokeApiKeyPayload, { description: 'The key stops working immediately.' })
  async revokeApiKey(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<RevokeApiKeyPayload> {
    const outcome = await context.services.apiKeys.revoke(requireScope(context), id);
    return toPayload(RevokeApiKeyPayload, ApiKeyError, outcome, (apiKey) => ({ apiKey: toApiKeyType(apiKey) }), { apiKey: null });
  }
}
