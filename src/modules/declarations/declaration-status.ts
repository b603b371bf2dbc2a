import { defineStatusMachine } from '../shared/status-machine.js';

/** PROCESSING: accepted by AMS, waiting for customs (the declare call's S is only acceptance). */
export const DECLARATION_STATUSES = ['PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

export const declarationMachine = defineStatusMachine<DeclarationStatus>({
  name: 'declaration',
  statuses: DECLARATION_STATUSES,
  final: ['SUCCEEDED', 'FAILED'],
  transitions: {
    PENDING: ['PROCESSING', 'SUCCEEDED', 'FAILED'],
    PROCESSING: ['SUCCEEDED', 'FAILED'],
    SUCCEEDED: [],
    FAILED: [],
  },
});

/** AMS `declarationRequestStatus` → our status; unknown strings are not guessed. */
export function declarationStatusFromAms(amsStatus: string): DeclarationStatus | null {
  switch (amsStatus) {
    case 'SUCCESS':
      return 'SUCCEEDED';
    case 'FAIL':
    case 'FAILED':
      return 'FAILED';
    case 'PROCESSING':
    case 'WAITING':
      return 'PROCESSING';
    default:
      return null;
  }
}
