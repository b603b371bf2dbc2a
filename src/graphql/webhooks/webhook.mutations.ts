import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPayload } from '../core/payload-error.js';
import { toDeliveryType, toEndpointType } from './webhook.mapping.js';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  ReplayWebhookDeliveriesPayload,
  UpdateWebhookEndpointInput,
  WebhookDeliveryPayload,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
  WebhookError,
} from './webhook.types.js';
import type { Outcome } from '../../modules/outcome.js';
import type { WebhookEndpoint } from '../../modules/webhooks/webhook-endpoint.js';
import type { WebhookErrorCode } from '../../modules/webhooks/webhook-errors.js';
import type { WebhookMessage } from '../../modules/webhooks/webhook-message.js';
import type { EndpointWithSecret } from '../../modules/webhooks/webhook.service.js';

function endpointPayload(outcome: Outcome<WebhookEndpoint, WebhookErrorCode>): WebhookEndpointPayload {
  return toPayload(WebhookEndpointPayload, WebhookError, outcome, (endpoint) => ({ endpoint: toEndpointType(endpoint) }), { endpoint: null });
}

function secretPayload(outcome: Outcome<EndpointWithSecret, WebhookErrorCode>): WebhookEndpointSecretPayload {
  const created = ({ endpoint, secret }: EndpointWithSecret) => ({ endpoint: toEndpointType(endpoint), secret: secret.reveal() });
  return toPayload(WebhookEndpointSecretPayload, WebhookError, outcome, created, { endpoint: null, secret: null });
}

function deliveryPayload(outcome: Outcome<WebhookMessage, WebhookErrorCode>): WebhookDeliveryPayload {
  return toPayload(WebhookDeliveryPayload, WebhookError, outcome, (message) => ({ delivery: toDeliveryType(message, []) }), { delivery: null });
}

@Resolver()
export class WebhookMutations {
  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Registers an endpoint; its signing secret is in the payload, once.' })
  async createWebhookEndpoint(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointSecretPayload> {
    return secretPayload(await context.services.webhooks.create(requireScope(context), input.merchantId ?? null, input));
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => WebhookEndpointPayload)
  async updateWebhookEndpoint(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointPayload> {
    return endpointPayload(await context.services.webhooks.update(requireScope(context), id, input));
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => WebhookEndpointPayload, { description: 'Stops deliveries (a WEBHOOK_ENDPOINT_DISABLED event is logged); pending messages wait.' })
  async disableWebhookEndpoint(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<WebhookEndpointPayload> {
    return endpointPayload(await context.services.webhooks.disable(requireScope(context), id));
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => WebhookEndpointPayload, { description: 'Resumes deliveries: pending messages, then events from now on (replay the gap if wanted).' })
  async enableWebhookEndpoint(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<WebhookEndpointPayload> {
    return endpointPayload(await context.services.webhooks.enable(requireScope(context), id));
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => DeleteWebhookEndpointPayload, { description: 'Deletes the endpoint with its delivery log.' })
  async deleteWebhookEndpoint(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<DeleteWebhookEndpointPayload> {
    const outcome = await context.services.webhooks.delete(requireScope(context), id);
    return toPayload(DeleteWebhookEndpointPayload, WebhookError, outcome, (deletedId) => ({ deletedId }), { deletedId: null });
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => WebhookEndpointSecretPayload, {
    description: 'A new signing secret, shown once. The previous one keeps signing beside it for graceSeconds (default WEBHOOK_ROTATION_GRACE_SECONDS; 0 = at once).',
  })
  async rotateWebhookEndpointSecret(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('graceSeconds', () => Int, { nullable: true }) graceSeconds: number | null,
  ): Promise<WebhookEndpointSecretPayload> {
    return secretPayload(await context.services.webhooks.rotateSecret(requireScope(context), id, graceSeconds));
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends one delivery again now (same webhook-id), whatever its status.' })
  async replayWebhookDelivery(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<WebhookDeliveryPayload> {
    return deliveryPayload(await context.services.webhooks.replayOne(requireScope(context), id));
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => ReplayWebhookDeliveriesPayload, { description: 'Sends again every event since a time that the endpoint wants, in order.' })
  async replayWebhookDeliveries(
    @Ctx() context: GraphQLContext,
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('since', () => Date) since: Date,
  ): Promise<ReplayWebhookDeliveriesPayload> {
    const outcome = await context.services.webhooks.replaySince(requireScope(context), endpointId, since);
    return toPayload(ReplayWebhookDeliveriesPayload, WebhookError, outcome, (count) => ({ count }), { count: 0 });
  }

  @Authorized('PLATFORM_ADMIN', 'MERCHANT')
  @Mutation(() => WebhookDeliveryPayload, { description: 'Queues a WEBHOOK.PING message to the endpoint; follow it with webhookDelivery(id).' })
  async sendWebhookTestPing(@Ctx() context: GraphQLContext, @Arg('endpointId', () => ID) endpointId: string): Promise<WebhookDeliveryPayload> {
    return deliveryPayload(await context.services.webhooks.ping(requireScope(context), endpointId));
  }
}
