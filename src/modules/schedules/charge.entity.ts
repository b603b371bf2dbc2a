import { EntitySchema } from '@mikro-orm/core';
import { moneyColumn } from '../shared/aggregate-columns.js';

/**
 * One charge attempt of a cycle: the exact pay request (so a re-sent attempt after a crash is byte-for-byte the same
 * operation) and, once it exists, its Payment. Unique per (cycle, attempt) and per paymentRequestId: the link from a
 * Payment back to its schedule and cycle.
 */
export class ScheduleCharge {
  id!: string;
  merchantId!: string;
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
    id: { type: 'string', columnType: 'text', primary: true },
    merchantId: { type: 'string', columnType: 'text' },
    scheduleId: { type: 'string', columnType: 'text' },
    cycleId: { type: 'string', columnType: 'text' },
    cycleNumber: { type: 'integer', columnType: 'int' },
    attempt: { type: 'integer', columnType: 'int' },
    paymentRequestId: { type: 'string', columnType: 'text' },
    authorizationId: { type: 'string', columnType: 'text' },
    amountValue: moneyColumn,
    currency: { type: 'string', columnType: 'text' },
    referenceOrderId: { type: 'string', columnType: 'text' },
    orderDescription: { type: 'string', columnType: 'text' },
    paymentId: { type: 'string', columnType: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
