import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import { TenantRecord } from '../shared/aggregate-columns.js';

/**
 * One charge attempt of a cycle: the exact pay request (so a re-sent attempt after a crash is byte-for-byte the same
 * operation) and, once it exists, its Payment. Unique per (cycle, attempt) and per paymentRequestId: the link from a
 * Payment back to its schedule and cycle.
 */
export class ScheduleCharge extends TenantRecord {
  scheduleId!: string;
  cycleId!: string;
  cycleNumber!: number;
  attempt!: number;
  paymentRequestId!: string;
  authorizationId!: string;
  amountValue!: string;
  currency!: string;
  referenceOrderId!: string;
  orderDescription!: string;
  paymentId: string | null = null;
  createdAt!: Date;
}

export const ScheduleChargeSchema = new EntitySchema<ScheduleCharge>({
  class: ScheduleCharge,
  tableName: 'schedule_charges',
  uniques: [
    { name: 'schedule_charges_cycle_attempt_unique', properties: ['cycleId', 'attempt'] },
    { name: 'schedule_charges_merchant_payment_request_id_unique', properties: ['merchantId', 'paymentRequestId'] },
  ],
  indexes: [{ name: 'schedule_charges_payment_id_index', properties: ['paymentId'] }],
  properties: {
    id: column.id,
    merchantId: column.text,
    scheduleId: column.text,
    cycleId: column.text,
    cycleNumber: column.int,
    attempt: column.int,
    paymentRequestId: column.text,
    authorizationId: column.text,
    amountValue: column.money,
    currency: column.text,
    referenceOrderId: column.text,
    orderDescription: column.text,
    paymentId: column.optionalText,
    createdAt: column.timestamp,
  },
});
