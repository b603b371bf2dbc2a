import { statusFromAms } from '../shared/status-machine.js';
import { SETTLED_OPERATION_STATUSES, settledOperationMachine, type SettledOperationStatus } from '../shared/settled-operation-status.js';

/** PROCESSING: accepted by AMS, waiting for customs (the declare call's S is only acceptance). */
export const DECLARATION_STATUSES = SETTLED_OPERATION_STATUSES;
export type DeclarationStatus = SettledOperationStatus;

export const declarationMachine = settledOperationMachine('declaration');

/** AMS `declarationRequestStatus` → our status; unknown strings are not guessed. */
export const declarationStatusFromAms = statusFromAms<DeclarationStatus>({
  SUCCESS: 'SUCCEEDED',
  FAIL: 'FAILED',
  FAILED: 'FAILED',
  PROCESSING: 'PROCESSING',
  WAITING: 'PROCESSING',
});
