import { encodeCursor } from '../pagination.js';
import type { SequencedEvent } from '../events/event-sequencer.js';

/** The body's shape version. A change that removes or renames a field gets a new number (README: "Body"). */
export const WEBHOOK_BODY_VERSION = 1;
export const PING_EVENT_TYPE = 'WEBHOOK.PING';

/** The webhook event type of a log event: `<aggregateType>.<type>`, e.g. `PAYMENT.STATUS_CHANGED`. */
export function webhookEventType(aggregateType: string, type: string): string {
  return `${aggregateType}.${type}`;
}

/**
 * The JSON body of an event's webhook: Standard Webhooks' `{type, timestamp, data}` envelope with a version, and as
 * `data` the event exactly as the `events` query shows it. Built from the immutable event row, so every attempt and
 * every replay sends the same bytes.
 */
export function eventBody(event: SequencedEvent): string {
  return JSON.stringify({
    version: WEBHOOK_BODY_VERSION,
    type: webhookEventType(event.aggregateType, event.type),
    timestamp: event.createdAt.toISOString(),
    data: {
      id: event.id,
      cursor: encodeCursor(event.id),
      merchantId: event.merchantId,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      type: event.type,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      payload: event.payload,
      source: event.source,
      createdAt: event.createdAt.toISOString(),
    },
  });
}

/** The body of a test ping: same envelope, no event. */
export function pingBody(endpointId: string, merchantId: string, createdAt: Date): string {
  return JSON.stringify({
    version: WEBHOOK_BODY_VERSION,
    type: PING_EVENT_TYPE,
    timestamp: createdAt.toISOString(),
    data: { endpointId, merchantId },
  });
}
