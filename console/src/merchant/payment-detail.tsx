import { useCallback } from 'react';
import { useQuery, useSubscription } from '../api/hooks.js';
import { Link } from '../app/router.js';
import { useSession } from '../app/session-context.js';
import { ConsolePaymentDocument, ConsolePaymentUpdatedDocument, ConsoleRefundUpdatedDocument } from '../generated/graphql.js';
import { formatMinor, formatTime } from '../ui/format.js';
import { LiveIndicator } from '../ui/live-indicator.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { CancelPayment } from './cancel-payment.js';
import { EventTimeline } from './event-timeline.js';
import { RefundForm } from './refund-form.js';

/** One payment: its facts, event timeline, refunds and declarations, live; refund and cancel for MERCHANT keys. */
export function PaymentDetail({ id }: { id: string }) {
  const { canAct } = useSession();
  const query = useQuery(ConsolePaymentDocument, { id });
  const refetch = useCallback(() => void query.refetch(), [query.refetch]);
  const live = useSubscription(ConsolePaymentUpdatedDocument, { paymentId: id }, refetch, refetch);
  useSubscription(ConsoleRefundUpdatedDocument, { paymentId: id }, refetch);

  if (query.error) return <ErrorBox>Could not load the payment: {query.error}</ErrorBox>;
  if (!query.data) return <Loading what="the payment" />;
  const payment = query.data.payment;
  if (!payment) return <Empty>No payment {id} is visible to this key.</Empty>;
  const refunds = query.data.refunds.nodes;
  const declarations = query.data.declarations.nodes;
  const cancellable = ['PENDING', 'PROCESSING', 'SUCCEEDED'].includes(payment.status) && refunds.length === 0;

  return (
    <section aria-labelledby="payment-title">
      <p className="crumbs">
        <Link to="/payments">← Payments</Link>
      </p>
      <div className="page-head">
        <h1 id="payment-title">
          Payment {payment.referenceOrderId} <StatusBadge status={payment.status} />
        </h1>
        <LiveIndicator status={live.status} error={live.error} />
      </div>
      <div className="columns">
        <div className="card">
          <dl className="facts">
            <dt>Amount</dt>
            <dd data-testid="payment-amount">{formatMinor(payment.amount.value, payment.amount.currency)}</dd>
            <dt>Refunded</dt>
            <dd data-testid="payment-refunded">{formatMinor(payment.refundedAmount.value, payment.refundedAmount.currency)}</dd>
            <dt>Refundable now</dt>
            <dd>{formatMinor(payment.refundableAmount.value, payment.refundableAmount.currency)}</dd>
            <dt>Description</dt>
            <dd>{payment.orderDescription}</dd>
            <dt>Wallet</dt>
            <dd>{payment.paymentMethodType}</dd>
            <dt>Status reason</dt>
            <dd>{payment.failure ? `${payment.failure.code}: ${payment.failure.message ?? ''}` : (payment.statusReason ?? '—')}</dd>
            <dt>Created</dt>
            <dd>{formatTime(payment.createdAt)}</dd>
            <dt>Paid</dt>
            <dd>{formatTime(payment.paymentTime)}</dd>
            <dt>Cancel until</dt>
            <dd>{formatTime(payment.cancelDeadline)}</dd>
            <dt>Request id</dt>
            <dd><code>{payment.paymentRequestId}</code></dd>
            <dt>AMS payment id</dt>
            <dd><code>{payment.amsPaymentId ?? '—'}</code></dd>
            <dt>Authorization</dt>
            <dd><code>{payment.authorizationId}</code></dd>
            {payment.scheduleCharge ? (
              <>
                <dt>Schedule</dt>
                <dd>
                  <Link to={`/schedules/${payment.scheduleCharge.scheduleId}`}>
                    Cycle {payment.scheduleCharge.cycleNumber}, attempt {payment.scheduleCharge.attempt}
                  </Link>
                </dd>
              </>
            ) : null}
          </dl>
        </div>
        {canAct ? (
          <div className="card actions-card">
            <h2>Actions</h2>
            {payment.status === 'SUCCEEDED' && payment.refundableAmount.value !== '0' ? (
              <RefundForm payment={payment} onDone={refetch} />
            ) : (
              <p className="hint">Refunds: only a SUCCEEDED payment with an amount left to refund.</p>
            )}
            {cancellable ? <CancelPayment payment={payment} onDone={refetch} /> : null}
          </div>
        ) : null}
      </div>

      <h2>Refunds</h2>
      {refunds.length === 0 ? (
        <Empty>No refunds.</Empty>
      ) : (
        <table className="table" aria-label="Refunds">
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Amount</th>
              <th scope="col">Status</th>
              <th scope="col">Reason</th>
              <th scope="col">Request id</th>
            </tr>
          </thead>
          <tbody>
            {refunds.map((r) => (
              <tr key={r.id} data-refund-id={r.id} data-status={r.status}>
                <td>{formatTime(r.createdAt)}</td>
                <td className="num">{formatMinor(r.amount.value, r.amount.currency)}</td>
                <td>
                  <StatusBadge status={r.status} />
                  {r.failure ? <div className="hint">{r.failure.code}</div> : null}
                </td>
                <td>{r.reason ?? '—'}</td>
                <td><code>{r.refundRequestId}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Customs declarations</h2>
      {declarations.length === 0 ? (
        <Empty>No declarations.</Empty>
      ) : (
        <table className="table" aria-label="Declarations">
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Customs</th>
              <th scope="col">Amount</th>
              <th scope="col">Status</th>
              <th scope="col">Customs answer</th>
            </tr>
          </thead>
          <tbody>
            {declarations.map((d) => (
              <tr key={d.id}>
                <td>{formatTime(d.createdAt)}</td>
                <td>{d.customsCode} ({d.customsRegion})</td>
                <td className="num">{formatMinor(d.amount.value, d.amount.currency)}</td>
                <td><StatusBadge status={d.status} /></td>
                <td>{d.customsResultCode ? `${d.customsResultCode} ${d.customsResultDescription ?? ''}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Timeline</h2>
      <EventTimeline events={query.data.events.nodes} />
    </section>
  );
}
