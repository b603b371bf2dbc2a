import { defineStatusMachine, type StatusMachine } from './status-machine.js';

/**
 * The life of an AMS operation that ends in success or failure (a refund, a customs declaration): PENDING while the
 * call is in flight, PROCESSING once AMS accepted it or while its outcome is unknown, then SUCCEEDED or FAILED for
 * good. An answer may settle it straight from PENDING.
 */
export const SETTLED_OPERATION_STATUSES = ['PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED'] as const;
export type SettledOperationStatus = (typeof SETTLED_OPERATION_STATUSES)[number];

/** That machine, named for its aggregate (the name appears in anomaly reasons). */
export function settledOperationMachine(name: string): StatusMachine<SettledOperationStatus> {
  return defineStatusMachine({
    name,
    statuses: SETTLED_OPERATION_STATUSES,
    final: ['SUCCEEDED', 'FAILED'],
    transitions: {
      PENDING: ['PROCESSING', 'SUCCEEDED', 'FAILED'],
      PROCESSING: ['SUCCEEDED', 'FAILED'],
    },
  });
}
