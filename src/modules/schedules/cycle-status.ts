import { defineStatusMachine } from '../shared/status-machine.js';

/**
 * One occurrence of a schedule. DUE: created, not charged yet. CHARGING: an attempt's payment exists or is being
 * created; its outcome decides what follows (an unknown outcome waits for the payment sync jobs). RETRY_SCHEDULED: a
 * retryable failure; the next attempt (a new payment, a new paymentRequestId) runs at `nextAttemptAt`. PAID, FAILED:
 * final. SKIPPED: a missed occurrence not charged (missed-cycles policy LATEST_ONLY, or it fell in a pause).
 * CANCELLED: the schedule stopped before the cycle was charged.
 */
export const CYCLE_STATUSES = ['DUE', 'CHARGING', 'RETRY_SCHEDULED', 'PAID', 'FAILED', 'SKIPPED', 'CANCELLED'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const cycleMachine = defineStatusMachine({
  name: 'cycle',
  statuses: CYCLE_STATUSES,
  final: ['PAID', 'FAILED', 'SKIPPED', 'CANCELLED'],
  transitions: {
    DUE: ['CHARGING', 'SKIPPED', 'CANCELLED', 'FAILED'],
    CHARGING: ['PAID', 'FAILED', 'RETRY_SCHEDULED'],
    RETRY_SCHEDULED: ['CHARGING', 'FAILED', 'CANCELLED'],
  },
});
