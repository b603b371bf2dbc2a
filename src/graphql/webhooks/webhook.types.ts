import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DISABLED_REASONS, ENDPOINT_STATUSES, type DisabledReason, type EndpointStatus } from '../../modules/webhooks/webhook-endpoint.js';
import { WEBHOOK_ERROR_CODES } from '../../modules/webhooks/webhook-errors.js';
import { MESSAGE_STATUSES, type MessageStatus } from '../../modules/webhooks/webhook-message.js';
import { registerListEnum } from '../core/enums.js';
import { PageInfo } from '../core/page-info.js';
import { createPayloadErrorType } from '../core/payload-error.js';

export const WebhookEndpointStatusEnum = registerListEnum(ENDPOINT_STATUSES, 'WebhookEndpointStatus', 'DISABLED endpoints receive nothing; events meanwhile are not queued (replay them after enabling).');
export const WebhookDisabledReasonEnum = registerListEnum(DISABLED_REASONS, 'WebhookDisabledReason', 'MANUAL: by an API key. GONE: it answered 410. FAILING: every attempt failed for WEBHOOK_DISABLE_AFTER_DAYS.');
export const WebhookDeliveryStatusEnum = registerListEnum(MESSAGE_STATUSES, 'WebhookDeliveryStatus', 'PENDING: waiting for its next attempt. DELIVERED: a 2xx answer. FAILED: the retry schedule ran out.');
export const WebhookErrorCodeEnum = registerListEnum(WEBHOOK_ERROR_CODES, 'WebhookErrorCode', 'Webhook mutation problems.');
export const WebhookError = createPayloadErrorType('WebhookError', WebhookErrorCodeEnum);
export type WebhookError = InstanceType<typeof WebhookError>;

@ObjectType('WebhookEndpoint', { description: "A merchant backend's URL that receives the merchant's events, signed per Standard Webhooks. Never shows its secret." })
export class WebhookEndpointType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  merchantId!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String], { nullable: true, description: 'AGGREGATE.TYPE or AGGREGATE.* entries (e.g. PAYMENT.STATUS_CHANGED, REFUND.*); null: every event.' })
  eventTypes!: string[] | null;

  @Field(() => WebhookEndpointStatusEnum)
  status!: EndpointStatus;

  @Field(() => WebhookDisabledReasonEnum, { nullable: true })
  disabledReason!: DisabledReason | null;

  @Field(() => Date, { nullable: true })
  disabledAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Every attempt since then has failed; null after a success.' })
  failingSince!: Date | null;

  @Field(() => Date, { nullable: true })
  secretRotatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until then the previous secret signs too (two signatures per message).' })
  previousSecretExpiresAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('WebhookAttempt', { description: 'One HTTP attempt of a delivery.' })
export class WebhookAttemptType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  attemptedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'null: no answer (timeout, refused connection, blocked address …; see error).' })
  statusCode!: number | null;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => String, { nullable: true, description: 'The first 1 KiB of the answer.' })
  responseBody!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Boolean)
  succeeded!: boolean;
}

@ObjectType('WebhookDelivery', { description: 'One message (an event, or a test ping) to one endpoint, with its attempts.' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The webhook-id header: msg_<event id>, the same on every attempt and replay (dedupe on it).' })
  webhookId!: string;

  @Field(() => ID)
  endpointId!: string;

  @Field(() => ID, { nullable: true, description: 'The event of the log it carries; null for a test ping.' })
  eventId!: string | null;

  @Field(() => String, { description: 'AGGREGATE.TYPE, or WEBHOOK.PING.' })
  eventType!: string;

  @Field(() => WebhookDeliveryStatusEnum)
  status!: MessageStatus;

  @Field(() => Int)
  attemptCount!: number;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [WebhookAttemptType], { description: 'Oldest first.' })
  attempts!: WebhookAttemptType[];
}

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryType], { description: 'Newest first.' })
  nodes!: WebhookDeliveryType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => ID, { nullable: true, description: 'Required for a platform admin key; a merchant key creates for its own merchant.' })
  merchantId?: string | null;

  @Field(() => String, { description: 'https:// (http:// and private addresses only where the operator allows them).' })
  url!: string;

  @Field(() => [String], { nullable: true, description: 'AGGREGATE.TYPE or AGGREGATE.*; null or absent: every event.' })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'Absent: unchanged; null: every event; a list: those.' })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  endpoint!: WebhookEndpointType | null;

  @Field(() => [WebhookError])
  errors!: WebhookError[];
}

@ObjectType()
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  endpoint!: WebhookEndpointType | null;

  @Field(() => String, { nullable: true, description: 'The signing secret (whsec_…). Shown this once; store it in your backend.' })
  secret!: string | null;

  @Field(() => [WebhookError])
  errors!: WebhookError[];
}

@ObjectType()
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { nullable: true })
  deletedId!: string | null;

  @Field(() => [WebhookError])
  errors!: WebhookError[];
}

@ObjectType()
export class WebhookDeliveryPayload {
  @Field(() => WebhookDeliveryType, { nullable: true })
  delivery!: WebhookDeliveryType | null;

  @Field(() => [WebhookError])
  errors!: WebhookError[];
}

@ObjectType()
export class ReplayWebhookDeliveriesPayload {
  @Field(() => Int, { description: 'Messages queued again (or for the first time).' })
  count!: number;

  @Field(() => [WebhookError])
  errors!: WebhookError[];
}
