import { ID, InputType, Int, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { DISABLED_REASONS, ENDPOINT_STATUSES } from '../../modules/webhooks/webhook-endpoint.js';
import { WEBHOOK_ERROR_CODES } from '../../modules/webhooks/webhook-errors.js';
import { MESSAGE_STATUSES } from '../../modules/webhooks/webhook-message.js';
import { registerListEnum } from '../core/enums.js';
import { PageInfo } from '../core/page-info.js';
import { createPayloadErrorType } from '../core/payload-error.js';

export const WebhookEndpointStatusEnum = registerListEnum(ENDPOINT_STATUSES, 'WebhookEndpointStatus', 'DISABLED endpoints receive nothing; events meanwhile are not queued (replay them after enabling).');
export const WebhookDisabledReasonEnum = registerListEnum(DISABLED_REASONS, 'WebhookDisabledReason', 'MANUAL: by an API key. GONE: it answered 410. FAILING: every attempt failed for WEBHOOK_DISABLE_AFTER_DAYS.');
export const WebhookDeliveryStatusEnum = registerListEnum(MESSAGE_STATUSES, 'WebhookDeliveryStatus', 'PENDING: waiting for its next attempt. DELIVERED: a 2xx answer. FAILED: the retry schedule ran out.');
export const WebhookError = createPayloadErrorType('WebhookError', WEBHOOK_ERROR_CODES, 'Webhook mutation problems.');

@ObjectType('WebhookEndpoint', { description: "A merchant backend's URL that receives the merchant's events, signed per Standard Webhooks. Never shows its secret." })
export class WebhookEndpointType extends objectFields({
  id: field(ID),
  merchantId: field(ID),
  url: field(String),
  description: field(String),
  eventTypes: nullable([String], 'AGGREGATE.TYPE or AGGREGATE.* entries (e.g. PAYMENT.STATUS_CHANGED, REFUND.*); null: every event.'),
  status: field(WebhookEndpointStatusEnum),
  disabledReason: nullable(WebhookDisabledReasonEnum),
  disabledAt: nullable(Date),
  failingSince: nullable(Date, 'Every attempt since then has failed; null after a success.'),
  secretRotatedAt: nullable(Date),
  previousSecretExpiresAt: nullable(Date, 'Until then the previous secret signs too (two signatures per message).'),
  createdAt: field(Date),
  updatedAt: field(Date),
}) {}

@ObjectType('WebhookAttempt', { description: 'One HTTP attempt of a delivery.' })
export class WebhookAttemptType extends objectFields({
  id: field(ID),
  attemptedAt: field(Date),
  statusCode: nullable(Int, 'null: no answer (timeout, refused connection, blocked address …; see error).'),
  latencyMs: field(Int),
  responseBody: nullable(String, 'The first 1 KiB of the answer.'),
  error: nullable(String),
  succeeded: field(Boolean),
}) {}

@ObjectType('WebhookDelivery', { description: 'One message (an event, or a test ping) to one endpoint, with its attempts.' })
export class WebhookDeliveryType extends objectFields({
  id: field(ID),
  webhookId: field(String, 'The webhook-id header: msg_<event id>, the same on every attempt and replay (dedupe on it).'),
  endpointId: field(ID),
  eventId: nullable(ID, 'The event of the log it carries; null for a test ping.'),
  eventType: field(String, 'AGGREGATE.TYPE, or WEBHOOK.PING.'),
  status: field(WebhookDeliveryStatusEnum),
  attemptCount: field(Int),
  nextAttemptAt: nullable(Date),
  lastAttemptAt: nullable(Date),
  deliveredAt: nullable(Date),
  createdAt: field(Date),
  attempts: field([WebhookAttemptType], 'Oldest first.'),
}) {}

@ObjectType()
export class WebhookDeliveryConnection extends objectFields({
  nodes: field([WebhookDeliveryType], 'Newest first.'),
  pageInfo: field(PageInfo),
}) {}

@InputType()
export class CreateWebhookEndpointInput extends inputFields({
  merchantId: nullable(ID, 'Required for a platform admin key; a merchant key creates for its own merchant.'),
  url: field(String, 'https:// (http:// and private addresses only where the operator allows them).'),
  eventTypes: nullable([String], 'AGGREGATE.TYPE or AGGREGATE.*; null or absent: every event.'),
  description: nullable(String),
}) {}

@InputType()
export class UpdateWebhookEndpointInput extends inputFields({
  url: nullable(String),
  eventTypes: nullable([String], 'Absent: unchanged; null: every event; a list: those.'),
  description: nullable(String),
}) {}

@ObjectType()
export class WebhookEndpointPayload extends objectFields({
  endpoint: nullable(WebhookEndpointType),
  errors: field([WebhookError]),
}) {}

@ObjectType()
export class WebhookEndpointSecretPayload extends objectFields({
  endpoint: nullable(WebhookEndpointType),
  secret: nullable(String, 'The signing secret (whsec_…). Shown this once; store it in your backend.'),
  errors: field([WebhookError]),
}) {}

@ObjectType()
export class DeleteWebhookEndpointPayload extends objectFields({
  deletedId: nullable(ID),
  errors: field([WebhookError]),
}) {}

@ObjectType()
export class WebhookDeliveryPayload extends objectFields({
  delivery: nullable(WebhookDeliveryType),
  errors: field([WebhookError]),
}) {}

@ObjectType()
export class ReplayWebhookDeliveriesPayload extends objectFields({
  count: field(Int, 'Messages queued again (or for the first time).'),
  errors: field([WebhookError]),
}) {}
