import { defineStatusMachine } from '../shared/status-machine.js';

/**
 * ACTIVE: cycles are created and charged as they fall due. PAUSED: nothing is created or charged; occurrences that
 * fall in the pause are skipped. PAST_DUE: a cycle failed for good (retries exhausted) and the dunning policy says
 * keep going; later cycles are still charged, and the first one paid makes the schedule ACTIVE again.
 * NEEDS_REAUTHORIZATION: the agreement is dead (token cancelled in the wallet, revoked, expired, or AMS refused the
 * token); nothing more is charged until the user authorizes again (a new schedule on the new authorization).
 * CANCELLED: by the merchant, or by the dunning policy. COMPLETED: the end or the count was reached.
 */
export const SCHEDULE_STATUSES = ['ACTIVE', 'PAUSED', 'PAST_DUE', 'NEEDS_REAUTHORIZATION', 'CANCELLED', 'COMPLETED'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const scheduleMachine = defineStatusMachine({
  name: 'schedule',
  statuses: SCHEDULE_STATUSES,
  final: ['NEEDS_REAUTHORIZATION', 'CANCELLED', 'COMPLETED'],
  transitions: {
    ACTIVE: ['PAUSED', 'PAST_DUE', 'NEEDS_REAUTHORIZATION', 'CANCELLED', 'COMPLETED'],
    PAUSED: ['ACTIVE', 'PAST_DUE', 'NEEDS_REAUTHORIZATION', 'CANCELLED', 'COMPLETED'],
    PAST_DUE: ['ACTIVE', 'PAUSED', 'NEEDS_REAUTHORIZATION', 'CANCELLED', 'COMPLETED'],
  },
});

/** Statuses in which a schedule still creates cycles and charges them. */
export const CHARGING_SCHEDULE_STATUSES: readonly ScheduleStatus[] = ['ACTIVE', 'PAST_DUE'];
