import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Payment } from './payment.entity.js';

/** A payment named by our id, the AMS request id, or the AMS payment id (the first one given wins). */
export interface PaymentRef {
  id?: string | null;
  paymentRequestId?: string | null;
  amsPaymentId?: string | null;
}

export function describeRef(ref: PaymentRef): { field: string; value: string } | null {
  if (ref.id) return { field: 'id', value: ref.id };
  if (ref.paymentRequestId) return { field: 'paymentRequestId', value: ref.paymentRequestId };
  if (ref.amsPaymentId) return { field: 'amsPaymentId', value: ref.amsPaymentId };
  return null;
}

/** Fresh from the database; `lock` takes the row lock (refund and cancel checks). Tenant-filtered by `em`. */
export function findPayment(em: EntityManager, ref: PaymentRef, lock = false): Promise<Payment | null> {
  const where = ref.id ? { id: ref.id } : ref.paymentRequestId ? { paymentRequestId: ref.paymentRequestId } : ref.amsPaymentId ? { amsPaymentId: ref.amsPaymentId } : null;
  if (!where) return Promise.resolve(null);
  return em.findOne(Payment, where, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: true });
}
