import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { decodeAfter, encodeCursor } from '../../modules/pagination.js';
import type { MessageStatus } from '../../modules/webhooks/webhook-message.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toConnection } from '../core/connection.js';
import { PageArgs, pageRequest } from '../operations/list-args.js';
import { toDeliveryType, toEndpointType } from './webhook.mapping.js';
import { WebhookDeliveryConnection, WebhookDeliveryStatusEnum, WebhookDeliveryType, WebhookEndpointType } from './webhook.types.js';

@Resolver()
export class WebhookQueries {
  @Authorized()
  @Query(() => [WebhookEndpointType], { description: "The merchant's webhook endpoints, oldest first (admins: of merchantId, or all when null)." })
  async webhookEndpoints(
    @Ctx() context: GraphQLContext,
    @Arg('merchantId', () => ID, { nullable: true }) merchantId: string | null,
  ): Promise<WebhookEndpointType[]> {
    return (await context.services.webhooks.list(requireScope(context), merchantId)).map(toEndpointType);
  }

  @Authorized()
  @Query(() => WebhookEndpointType, { nullable: true })
  async webhookEndpoint(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<WebhookEndpointType | null> {
    const endpoint = await context.services.webhooks.get(requireScope(context), id);
    return endpoint ? toEndpointType(endpoint) : null;
  }

  @Authorized()
  @Query(() => WebhookDeliveryConnection, { nullable: true, description: "An endpoint's delivery log, newest first, with every attempt; null if no such endpoint." })
  async webhookDeliveries(
    @Ctx() context: GraphQLContext,
    @Arg('endpointId', () => ID) endpointId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => WebhookDeliveryStatusEnum, { nullable: true }) status: MessageStatus | null,
  ): Promise<WebhookDeliveryConnection | null> {
    const request = pageRequest(page);
    const before = decodeAfter(request.after);
    const result = await context.services.webhooks.deliveries(requireScope(context), endpointId, request.first, before, status);
    if (!result) return null;
    const last = result.items[result.items.length - 1];
    const endCursor = last ? encodeCursor(last.id) : null;
    return toConnection(WebhookDeliveryConnection, { ...result, endCursor }, (m) => toDeliveryType(m, m.attempts));
  }

  @Authorized()
  @Query(() => WebhookDeliveryType, { nullable: true })
  async webhookDelivery(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<WebhookDeliveryType | null> {
    const found = await context.services.webhooks.delivery(requireScope(context), id);
    return found ? toDeliveryType(found, found.attempts) : null;
  }
}
