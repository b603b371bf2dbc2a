import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import type { CycleStatus } from './cycle-status.js';
import { TenantRecord } from '../shared/aggregate-columns.js';

/** One occurrence of a schedule; unique per (schedule, cycle number), so it exists once whatever races to create it. */
export class ScheduleCycle extends TenantRecord {
  scheduleId!: string;
  cycleNumber!: number;
  dueAt!: Date;
  status!: CycleStatus;
  amountValue!: string;
  currency!: string;
  /** Attempts made so far; attempt n pays with the paymentRequestId derived from (schedule, cycle, n). */
  attemptCount = 0;
  /** When the next attempt may run (DUE: the due time; RETRY_SCHEDULED: the retry time). */
  nextAttemptAt: Date | null = null;
  /** When the first attempt the dunning policy counts failed (technical failures are not counted). */
  firstFailedAt: Date | null = null;
  /** Attempts that failed for a technical reason (nothing debited, nothing declined): retried outside the dunning policy. */
  technicalFailureCount = 0;
  /** The payment of the latest attempt (set once it exists). */
  paymentId: string | null = null;
  failureCode: string | null = null;
  failureMessage: string | null = null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const ScheduleCycleSchema = new EntitySchema<ScheduleCycle>({
  class: ScheduleCycle,
  tableName: 'schedule_cycles',
  uniques: [{ name: 'schedule_cycles_schedule_cycle_unique', properties: ['scheduleId', 'cycleNumber'] }],
  indexes: [
    { name: 'schedule_cycles_merchant_id_id_index', properties: ['merchantId', 'id'] },
    { name: 'schedule_cycles_status_next_attempt_at_index', properties: ['status', 'nextAttemptAt'] },
  ],
  properties: {
    id: column.id,
    merchantId: column.text,
    scheduleId: column.text,
    cycleNumber: column.int,
    dueAt: column.timestamp,
    status: column.text,
    amountValue: column.money,
    currency: column.text,
    attemptCount: column.int,
    nextAttemptAt: column.optionalTimestamp,
    firstFailedAt: column.optionalTimestamp,
    technicalFailureCount: { ...column.int, default: 0 },
    paymentId: column.optionalText,
    failureCode: column.optionalText,
    failureMessage: column.optionalText,
    createdAt: column.timestamp,
    updatedAt: column.timestamp,
  },
});
