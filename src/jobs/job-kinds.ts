/**
 * The queues of the reliability engine. Record queues use pg-boss's `stately` policy with the record id as the
 * singleton key: at most one queued and one running job per record across every instance (a duplicate send is a
 * no-op), which is what makes "enqueue on every unresolved change" and the recovery sweep safe to repeat.
 */
export const SYNC_QUEUES = {
  PAYMENT: 'payment-sync',
  REFUND: 'refund-sync',
  DECLARATION: 'declaration-sync',
  REGISTRATION: 'registration-sync',
} as const;
export type SyncKind = keyof typeof SYNC_QUEUES;

/** Periodic work: one self-rescheduling singleton job each, so N instances still run it once per interval. */
export const SWEEP_QUEUE = 'sync-sweep';
export const TOKEN_SCAN_QUEUE = 'token-refresh-scan';
export const TOKEN_REFRESH_QUEUE = 'token-refresh';
/** Jobs whose retries ran out, and sync jobs that gave up: kept for an operator. */
export const DEAD_LETTER_QUEUE = 'dead-letter';

/** Recurring debits: the periodic tick, and one charge step per cycle (singleton key: the cycle id). */
export const SCHEDULE_TICK_QUEUE = 'schedule-tick';
export const SCHEDULE_CHARGE_QUEUE = 'schedule-charge';

/** Retention: removes expired events, inbox rows and webhook deliveries (one run at a time across instances). */
export const RETENTION_QUEUE = 'retention';

export const ALL_QUEUES = [
  ...Object.values(SYNC_QUEUES),
  SWEEP_QUEUE,
  TOKEN_SCAN_QUEUE,
  TOKEN_REFRESH_QUEUE,
  SCHEDULE_TICK_QUEUE,
  SCHEDULE_CHARGE_QUEUE,
  RETENTION_QUEUE,
  DEAD_LETTER_QUEUE,
] as const;

/** Job data carries ids only: never tokens, keys or amounts' owners' secrets. */
export interface SyncJobData {
  merchantId: string;
  id: string;
  /** 0-based step in the backoff schedule. */
  step: number;
}

export interface TokenRefreshJobData {
  merchantId: string;
  authorizationId: string;
}
