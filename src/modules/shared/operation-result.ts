import type { AmsCallSummary } from './ams-call.js';

/** What a mutation returns on success: the record as stored, what AMS said (null if not called), and whether it was a replay. */
export interface OperationResult<E> {
  record: E;
  ams: AmsCallSummary | null;
  replayed: boolean;
}
