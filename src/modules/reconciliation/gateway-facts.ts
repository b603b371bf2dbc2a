import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from '../payments/payment.entity.js';
import { Refund } from '../refunds/refund.entity.js';
import type { PaymentFacts, Period, RefundFacts } from './matcher.js';
import type { ReportRow } from './report-row.js';

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
  const payments = await em.find(
    Payment,
    {
      merchantId,
      $or: [
        { amsPaymentId: { $in: ids(paymentRows.map((r) => r.transactionId)) } },
        { paymentRequestId: { $in: ids(paymentRows.flatMap((r) => [r.transactionRequestId, r.originalTransactionRequestId])) } },
        { paymentTime: range },
        { cancelTime: range },
        { status: 'SUCCEEDED', paymentTime: null, createdAt: range },
      ],
    },
    { refresh: true },
  );
  const refunds = await em.find(
    Refund,
    {
      merchantId,
      $or: [
        { amsRefundId: { $in: ids(refundRows.map((r) => r.transactionId)) } },
        { refundRequestId: { $in: ids(refundRows.map((r) => r.transactionRequestId)) } },
        { refundTime: range },
        { status: 'SUCCEEDED', refundTime: null, updatedAt: range },
      ],
    },
    { refresh: true },
  );
  return { payments, refunds };
}
