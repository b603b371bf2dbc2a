import type { EntityManager } from '@mikro-orm/postgresql';
import { chunks } from '../../shared/chunks.js';
import { Payment } from '../payments/payment.entity.js';
import { Refund } from '../refunds/refund.entity.js';
import type { PaymentFacts, Period, RefundFacts } from './matcher.js';
import type { ReportRow } from './report-row.js';

/** Ids per IN list: bounded statements (see chunks). */
const ID_SLICE = 10_000;

const ids = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => v !== null))];

/**
 * The merchant's records a report can touch: those its rows name (by AMS id or request id), plus those that moved
 * money inside the period (which the report should list). Everything else cannot produce a discrepancy.
 */
export async function loadGatewayFacts(
  em: EntityManager,
  merchantId: string,
  rows: readonly ReportRow[],
  period: Period,
): Promise<{ payments: PaymentFacts[]; refunds: RefundFacts[] }> {
  const range = { $gte: period.start, $lt: period.end };
  const paymentRows = rows.filter((r) => r.transactionType !== 'REFUND');
  const refundRows = rows.filter((r) => r.transactionType === 'REFUND');
  const payments = new Map<string, PaymentFacts>();
  const refunds = new Map<string, RefundFacts>();
  const addAll = <T extends { id: string }>(into: Map<string, T>, found: T[]) => found.forEach((r) => into.set(r.id, r));

  // What moved money in the period (one query each), then what the rows name, in slices.
  addAll(payments, await em.find(Payment, { merchantId, $or: [{ paymentTime: range }, { cancelTime: range }, { status: 'SUCCEEDED', paymentTime: null, createdAt: range }] }, { refresh: true }));
  addAll(refunds, await em.find(Refund, { merchantId, $or: [{ refundTime: range }, { status: 'SUCCEEDED', refundTime: null, updatedAt: range }] }, { refresh: true }));
  for (const slice of chunks(ids(paymentRows.map((r) => r.transactionId)), ID_SLICE)) {
    addAll(payments, await em.find(Payment, { merchantId, amsPaymentId: { $in: slice } }, { refresh: true }));
  }
  for (const slice of chunks(ids(paymentRows.flatMap((r) => [r.transactionRequestId, r.originalTransactionRequestId])), ID_SLICE)) {
    addAll(payments, await em.find(Payment, { merchantId, paymentRequestId: { $in: slice } }, { refresh: true }));
  }
  for (const slice of chunks(ids(refundRows.map((r) => r.transactionId)), ID_SLICE)) {
    addAll(refunds, await em.find(Refund, { merchantId, amsRefundId: { $in: slice } }, { refresh: true }));
  }
  for (const slice of chunks(ids(refundRows.map((r) => r.transactionRequestId)), ID_SLICE)) {
    addAll(refunds, await em.find(Refund, { merchantId, refundRequestId: { $in: slice } }, { refresh: true }));
  }
  return { payments: [...payments.values()], refunds: [...refunds.values()] };
}
