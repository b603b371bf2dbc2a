import { SETTLED_OPERATION_STATUSES, settledOperationMachine, type SettledOperationStatus } from '../shared/settled-operation-status.js';

/** PROCESSING: accepted by AMS, waiting for customs (the declare call's S is only acceptance). */
export const DECLARATION_STATUSES = SETTLED_OPERATION_STATUSES;
export type DeclarationStatus = SettledOperationStatus;

export const declarationMachine = settledOperationMachine('declaration');

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
