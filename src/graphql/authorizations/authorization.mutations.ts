import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toAuthorizationPayload } from './authorization.mapping.js';
import { ApplyTokenInput, AuthorizationPayload, ConsultInput } from './authorization.types.js';

/** Merchant mutations on authorizations. Thin: the service validates, calls AMS and records. */
@Resolver()
export class AuthorizationMutations {
  @Authorized('MERCHANT')
  @Mutation(() => AuthorizationPayload, { description: 'Starts an Auto Debit authorization: returns the wallet page to send the user to.' })
  async consult(@Ctx() context: GraphQLContext, @Arg('input', () => ConsultInput) input: ConsultInput): Promise<AuthorizationPayload> {
    return toAuthorizationPayload(await context.services.authorizations.consult(requireScope(context), input));
  }

  @Authorized('MERCHANT')
  @Mutation(() => AuthorizationPayload, { description: 'Exchanges the authCode from the redirect for tokens (stored encrypted, never returned).' })
  async applyToken(@Ctx() context: GraphQLContext, @Arg('input', () => ApplyTokenInput) input: ApplyTokenInput): Promise<AuthorizationPayload> {
    return toAuthorizationPayload(await context.services.authorizations.applyToken(requireScope(context), input));
  }

  @Authorized('MERCHANT')
  @Mutation(() => AuthorizationPayload, { description: 'Gets a new access token with the stored refresh token.' })
  async refreshToken(@Ctx() context: GraphQLContext, @Arg('authorizationId', () => ID) authorizationId: string): Promise<AuthorizationPayload> {
    return toAuthorizationPayload(await context.services.authorizations.refreshToken(requireScope(context), authorizationId));
  }

  @Authorized('MERCHANT')
  @Mutation(() => AuthorizationPayload, { description: 'Revokes the access token at AMS (the user unbinds in your app).' })
  async revokeAuthorization(@Ctx() context: GraphQLContext, @Arg('authorizationId', () => ID) authorizationId: string): Promise<AuthorizationPayload> {
    return toAuthorizationPayload(await context.services.authorizations.revoke(requireScope(context), authorizationId));
  }
}
