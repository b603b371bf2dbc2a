import express, { Router, type NextFunction, type Request, type Response } from 'express';
import {
  buildNotificationAck,
  classifyNotification,
  missingNotificationFields,
  rawNotificationFromHeaders,
  type NotificationKind,
} from '../ams/index.js';
import { NOTIFICATION_KINDS, type NotificationKindName } from '../modules/inbox/inbox.entity.js';
import type { Services } from '../modules/services.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { refuse, type RefusalReason } from './refusal.js';
import { withinSkew } from './request-time.js';
import { verifyForMerchant } from './verify-for-merchant.js';

export const NOTIFY_PATH_PREFIX = '/ams/notify';

export interface ReceiverOptions {
  services: Services;
  logger: Logger;
  clock: Clock;
  maxSkewSeconds: number;
  bodyLimit: string;
  metrics?: GatewayMetrics;
}

const AMS_KIND: Record<NotificationKindName, NotificationKind> = {
  payment: 'notifyPayment',
  refund: 'notifyRefund',
  authorization: 'notifyAuthorization',
  registration: 'notifyRegistrationStatus',
};
const KIND_NAME = Object.fromEntries(Object.entries(AMS_KIND).map(([name, kind]) => [kind, name])) as Record<NotificationKind, NotificationKindName>;

const isKindName = (value: string): value is NotificationKindName => (NOTIFICATION_KINDS as readonly string[]).includes(value);

/**
 * POST /ams/notify/<merchantId>/<kind> (kind: payment | refund | authorization | registration), and
 * POST /ams/notify/<merchantId> for a single dashboard-configured URL (the kind is then read from the verified body).
 * The body is read raw (size-limited) because the signature covers the exact bytes; it is parsed only after it
 * verified. See README.md in this folder for the refusal table.
 */
export function notificationRouter(options: ReceiverOptions): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: options.bodyLimit });
  const handle = (req: Request, res: Response) => receive(options, req, res);
  router.post(`${NOTIFY_PATH_PREFIX}/:merchantId/:kind`, raw, handle);
  router.post(`${NOTIFY_PATH_PREFIX}/:merchantId`, raw, handle);
  router.all(`${NOTIFY_PATH_PREFIX}/*rest`, (req, res) => {
    const reason: RefusalReason = req.method === 'POST' ? 'UNKNOWN_KIND' : 'METHOD_NOT_POST';
    logRefusal(options, req, reason, undefined);
    refuse(res, reason);
  });
  router.use(NOTIFY_PATH_PREFIX, (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const tooLarge = (error as { type?: string }).type === 'entity.too.large';
    const reason: RefusalReason = tooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_BODY';
    logRefusal(options, req, reason, undefined);
    refuse(res, reason);
  });
  return router;
}

/** The kind label: one of the four, else `unknown` (the path segment is the caller's and unbounded). */
function kindLabel(kind: unknown): string {
  return typeof kind === 'string' && isKindName(kind) ? kind : 'unknown';
}

function logRefusal(options: ReceiverOptions, req: Request, reason: RefusalReason, detail: string | undefined): void {
  options.metrics?.notifications.inc({ kind: kindLabel(req.params['kind']), outcome: 'refused', reason });
  // Never the body, the signature or a token: the merchant id from the path, the kind, and why.
  options.logger.warn(
    { merchantId: String(req.params['merchantId'] ?? ''), kind: String(req.params['kind'] ?? ''), reason, detail, requestId: req.res?.locals.requestId },
    'AMS notification refused',
  );
}

async function receive(options: ReceiverOptions, req: Request, res: Response): Promise<void> {
  const merchantId = String(req.params['merchantId'] ?? '');
  const kindParam = req.params['kind'] === undefined ? undefined : String(req.params['kind']);
  const fail = (reason: RefusalReason, detail?: string) => {
    logRefusal(options, req, reason, detail);
    refuse(res, reason);
  };
  if (kindParam !== undefined && !isKindName(kindParam)) return fail('UNKNOWN_KIND');

  const keys = await options.services.verificationKeys.get(merchantId).catch((error: unknown) => {
    options.logger.error({ err: error, merchantId }, 'loading notification keys failed');
    return undefined;
  });
  if (keys === undefined) return fail('PROCESS_FAIL');
  if (keys === null) return fail('UNKNOWN_MERCHANT');
  if (keys.status !== 'ACTIVE') return fail('MERCHANT_DISABLED');
  // Over the merchant's notification limit: a non-S answer, so AMS keeps the notification and resends it later.
  const limit = await options.services.rateLimits.forNotification(merchantId);
  if (!limit.allowed) {
    res.setHeader('Retry-After', String(limit.retryAfterSeconds));
    return fail('RATE_LIMITED');
  }

  const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const notification = rawNotificationFromHeaders(req.method, req.originalUrl, req.headers, rawBody);
  if (notification.clientId !== undefined && notification.clientId !== keys.clientId) return fail('CLIENT_ID_MISMATCH');
  if (notification.requestTime !== undefined && !withinSkew(notification.requestTime, options.clock.now(), options.maxSkewSeconds)) {
    return fail('STALE_REQUEST_TIME', `more than ${options.maxSkewSeconds}s from our clock`);
  }
  let verdict = verifyForMerchant(notification, keys);
  if (!verdict.ok && verdict.reason === 'SIGNATURE_MISMATCH') {
    // Maybe the keys were rotated since they were cached: one fresh look before refusing.
    const fresh = await options.services.verificationKeys.refresh(merchantId).catch(() => null);
    if (fresh && fresh.status === 'ACTIVE') verdict = verifyForMerchant(notification, fresh);
  }
  if (!verdict.ok) return fail(verdict.reason, verdict.detail);

  const kindName = kindParam ?? (() => {
    const classified = classifyNotification(verdict.body);
    return classified ? KIND_NAME[classified] : undefined;
  })();
  if (kindName === undefined) return fail('UNEXPECTED_BODY', 'cannot tell the notification kind from its body');
  const missing = missingNotificationFields(AMS_KIND[kindName], verdict.body);
  if (missing !== undefined) return fail('UNEXPECTED_BODY', `lacks ${missing}`);

  let received;
  try {
    received = await options.services.notifications.receive({
      merchantId,
      kind: kindName,
      body: verdict.body,
      rawBody,
      requestTime: verdict.requestTime,
      requestId: String(res.locals.requestId ?? ''),
    });
  } catch (error) {
    options.logger.error({ err: error, merchantId, kind: kindName }, 'recording a notification failed; not acknowledged');
    return fail('PROCESS_FAIL');
  }
  // Only now, after the commit: the exact success body.
  options.metrics?.notifications.inc({ kind: kindName, outcome: received.duplicate ? 'duplicate' : received.outcome.toLowerCase(), reason: '' });
  const ack = buildNotificationAck({ clientId: keys.clientId, now: options.clock.now() });
  res.writeHead(ack.statusCode, ack.headers).end(ack.body);
  void received.afterAck();
}
