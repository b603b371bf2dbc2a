export const MESSAGE_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
/** PENDING: waiting for its next attempt. DELIVERED: a 2xx answer. FAILED: the retry schedule ran out. */
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** One message to one endpoint, as the delivery log shows it. */
export interface WebhookMessage {
  id: string;
  /** The `webhook-id` header: `msg_<event id>` for events (the same for every attempt and replay), for dedupe. */
  webhookId: string;
  endpointId: string;
  merchantId: string;
  kind: 'EVENT' | 'PING';
  eventId: string | null;
  eventType: string;
  status: MessageStatus;
  attemptCount: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface WebhookAttempt {
  id: string;
  messageId: string;
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  responseBody: string | null;
  error: string | null;
  succeeded: boolean;
}
