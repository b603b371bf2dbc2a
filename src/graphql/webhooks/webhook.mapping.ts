import type { WebhookEndpoint } from '../../modules/webhooks/webhook-endpoint.js';
import type { WebhookAttempt, WebhookMessage } from '../../modules/webhooks/webhook-message.js';
import { WebhookAttemptType, WebhookDeliveryType, WebhookEndpointType } from './webhook.types.js';

export function toEndpointType(endpoint: WebhookEndpoint): WebhookEndpointType {
  return Object.assign(new WebhookEndpointType(), endpoint);
}

export function toDeliveryType(message: WebhookMessage, attempts: WebhookAttempt[]): WebhookDeliveryType {
  return Object.assign(new WebhookDeliveryType(), {
    id: message.id,
    webhookId: message.webhookId,
    endpointId: message.endpointId,
    eventId: message.eventId,
    eventType: message.eventType,
    status: message.status,
    attemptCount: message.attemptCount,
    nextAttemptAt: message.nextAttemptAt,
    lastAttemptAt: message.lastAttemptAt,
    deliveredAt: message.deliveredAt,
    createdAt: message.createdAt,
    attempts: attempts.map((a) => Object.assign(new WebhookAttemptType(), a)),
  });
}
