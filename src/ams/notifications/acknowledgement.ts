import { formatAmsDateTime } from '../../shared/time.js';
import { NOTIFICATION_ACK_BODY } from '../wire/notifications.js';

export { NOTIFICATION_ACK_BODY };

export interface NotificationAck {
  statusCode: 200;
  headers: Record<string, string>;
  /** Exactly `NOTIFICATION_ACK_BODY`; send these bytes unchanged. */
  body: string;
}

/**
 * The acknowledgement Antom expects after a notification was verified and persisted (ams-spec §6.1). The headers are
 * informational (the ack is not verified); the body must be byte-exact or Antom keeps resending.
 */
export function buildNotificationAck(options: { clientId?: string; now?: Date } = {}): NotificationAck {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=UTF-8',
    'response-time': formatAmsDateTime(options.now ?? new Date()),
  };
  if (options.clientId !== undefined) headers['client-id'] = options.clientId;
  return { statusCode: 200, headers, body: NOTIFICATION_ACK_BODY };
}
