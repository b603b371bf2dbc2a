import { defineStatusMachine } from '../shared/status-machine.js';

/**
 * PENDING: persisted, call in flight. PROCESSING: accepted by AMS (S), waiting for wallets, or outcome unknown.
 * COMPLETED / REJECTED: the asynchronous registration result. FAILED: the registration request itself failed (F).
 */
export const REGISTRATION_STATUSES = ['PENDING', 'PROCESSING', 'COMPLETED', 'REJECTED', 'FAILED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const registrationMachine = defineStatusMachine<RegistrationStatus>({
  name: 'registration',
  statuses: REGISTRATION_STATUSES,
  final: ['COMPLETED', 'REJECTED', 'FAILED'],
  transitions: {
    PENDING: ['PROCESSING', 'COMPLETED', 'REJECTED', 'FAILED'],
    PROCESSING: ['COMPLETED', 'REJECTED'],
    COMPLETED: [],
    REJECTED: [],
    FAILED: [],
  },
});

/** AMS `registrationResult.registrationStatus` → our status. */
export function registrationStatusFromAms(amsStatus: string): RegistrationStatus | null {
  switch (amsStatus) {
    case 'COMPLETED':
    case 'APPROVED':
      return 'COMPLETED';
    case 'REJECTED':
      return 'REJECTED';
    case 'PENDING':
    case 'PROCESSING':
      return 'PROCESSING';
    default:
      return null;
  }
}
