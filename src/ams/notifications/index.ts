export { NOTIFICATION_ACK_BODY, buildNotificationAck, type NotificationAck } from './acknowledgement.js';
export {
  classifyNotification,
  missingNotificationFields,
  rawNotificationFromHeaders,
  verifyNotification,
  verifyNotificationAs,
  type NotificationRejectReason,
  type NotificationVerification,
  type RawNotification,
  type VerifyNotificationOptions,
} from './verify-notification.js';
