import { defineStatusMachine, statusFromAms } from '../shared/status-machine.js';

/**
 * PENDING: persisted, call in flight. PROCESSING: accepted by AMS (S), waiting for wallets, or outcome unknown.
 * COMPLETED / REJECTED: the asynchronous registration result. FAILED: the registration request itself failed (F).
 */
export const REGISTRATION_STATUSES = ['PENDING', 'PROCESSING', 'COMPLETED', 'REJECTED', 'FAILED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const registrationMachine = defineStatusMachine({
  name: 'registration',
  statuses: REGISTRATION_STATUSES,
  final: ['COMPLETED', 'REJECTED', 'FAILED'],
  transitions: {
    PENDING: ['PROCESSING', 'COMPLETED', 'REJECTED', 'FAILED'],
    PROCESSING: ['COMPLETED', 'REJECTED'],
  },
});

/** AMS `registrationResult.registrationStatus` → our status. */
export const registrationStatusFromAms = statusFromAms<RegistrationStatus>({
  COMPLETED: 'COMPLETED',
  APPROVED: 'COMPLETED',
  REJECTED: 'REJECTED',
  PENDING: 'PROCESSING',
  PROCESSING: 'PROCESSING',
});
