import { EntitySchema } from '@mikro-orm/core';
import { moneyColumn } from '../shared/aggregate-columns.js';
import type { CycleStatus } from './cycle-status.js';

/** One occurrence of a schedule; unique per (schedule, cycle number), so it exists once whatever races to create it. */
export class ScheduleCycle {
  id!: string;
  merchantId!: string;
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
    id: { type: 'string', columnType: 'text', primary: true },
    merchantId: { type: 'string', columnType: 'text' },
    scheduleId: { type: 'string', columnType: 'text' },
    cycleNumber: { type: 'integer', columnType: 'int' },
    dueAt: { type: 'datetime', columnType: 'timestamptz' },
    status: { type: 'string', columnType: 'text' },
    amountValue: moneyColumn,
    currency: { type: 'string', columnType: 'text' },
    attemptCount: { type: 'integer', columnType: 'int' },
    nextAttemptAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    firstFailedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    technicalFailureCount: { type: 'integer', columnType: 'int', default: 0 },
    paymentId: { type: 'string', columnType: 'text', nullable: true },
    failureCode: { type: 'string', columnType: 'text', nullable: true },
    failureMessage: { type: 'string', columnType: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
