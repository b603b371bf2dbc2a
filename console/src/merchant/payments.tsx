import { useCallback, useState } from 'react';
import { useQuery, useSubscription } from '../api/hooks.js';
import { Link } from '../app/router.js';
import { useSession } from '../app/session-context.js';
import { ConsolePaymentsDocument, ConsolePaymentUpdatedDocument, type ConsolePaymentFragment, type PaymentFilter, type PaymentStatus } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { SelectField, TextField } from '../ui/form.js';
import { formatMinor, formatTime } from '../ui/format.js';
import { LiveIndicator } from '../ui/live-indicator.js';
import { Pager, useCursorPages } from '../ui/pager.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { NewPayment } from './new-payment.js';
import { applyUpdate } from './payment-list-state.js';

const PAGE_SIZE = 20;
const STATUSES: PaymentStatus[] = ['PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

/** yyyy-mm-dd from a date input → the ISO instant at the start of that local day. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const nextDayStart = (day: string) => {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + 1);
  return date.toISOString();
};

export function Payments() {
  const { canAct } = useSession();
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const pages = useCursorPages();
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const { after, firstPage } = pages;

  const filter: PaymentFilter = {
    ...(status ? { status: status as PaymentStatus } : {}),
    ...(from ? { createdAfter: dayStart(from) } : {}),
    ...(to ? { createdBefore: nextDayStart(to) } : {}),
  };
  const query = useQuery(ConsolePaymentsDocument, { first: PAGE_SIZE, after, filter });

  const onPayment = useCallback(
    (payment: ConsolePaymentFragment) => {
      query.setData((current) => current && { payments: { ...current.payments, nodes: applyUpdate(current.payments.nodes, payment, filter, firstPage) } });
      setChanged((ids) => new Set(ids).add(payment.id));
    },
    // filter is rebuilt on each render: its parts are the dependencies.
    [query.setData, status, from, to, firstPage],
  );

  const live = useSubscription(
    ConsolePaymentUpdatedDocument,
    {},
    (event) => {
      if (event.paymentUpdated.payment) onPayment(event.paymentUpdated.payment);
    },
    // What happened while the socket was down (or before it came up) is in a fresh first page.
    () => {
      if (firstPage) void query.refetch();
    },
  );

  const resetPaging = pages.reset;
  const rows = query.data?.payments.nodes ?? [];

  return (
    <section aria-labelledby="payments-title">
      <div className="page-head">
        <h1 id="payments-title">Payments</h1>
        <LiveIndicator status={live.status} error={live.error} />
        {canAct ? (
          <Button variant="primary" onClick={() => setCreating((v) => !v)} aria-expanded={creating}>
            New payment
          </Button>
        ) : null}
      </div>
      {creating && canAct ? <NewPayment onDone={(payment) => {
        if (payment) onPayment(payment);
        setCreating(false);
      }} /> : null}
      <form className="filters" aria-label="Filter payments" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          name="status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            resetPaging();
          }}
          options={[['', 'Any status'], ...STATUSES.map((s) => [s, s] as const)]}
        />
        <TextField label="Created from" name="createdAfter" type="date" value={from} onChange={(e) => { setFrom(e.target.value); resetPaging(); }} />
        <TextField label="Created to (inclusive)" name="createdBefore" type="date" value={to} onChange={(e) => { setTo(e.target.value); resetPaging(); }} />
      </form>
      {query.error ? <ErrorBox>Could not load payments: {query.error}</ErrorBox> : null}
      {!query.data && !query.error ? <Loading what="payments" /> : null}
      {query.data && rows.length === 0 ? <Empty>No payments {status || from || to ? 'match these filters' : 'yet'}.</Empty> : null}
      {rows.length > 0 ? (
        <table className="table" aria-label="Payments" aria-busy={query.loading}>
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Order</th>
              <th scope="col">Amount</th>
              <th scope="col">Status</th>
              <th scope="col">Wallet</th>
              <th scope="col">Refunded</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} data-payment-id={p.id} data-status={p.status} className={changed.has(p.id) ? 'flash' : undefined}>
                <td>{formatTime(p.createdAt)}</td>
                <td>
                  <Link to={`/payments/${p.id}`}>{p.referenceOrderId}</Link>
                  <div className="hint">{p.orderDescription}</div>
                </td>
                <td className="num">{formatMinor(p.amount.value, p.amount.currency)}</td>
                <td>
                  <StatusBadge status={p.status} />
                  {p.failure ? <div className="hint">{p.failure.code}</div> : null}
                </td>
                <td>{p.paymentMethodType}</td>
                <td className="num">{p.refundedAmount.value === '0' ? '—' : formatMinor(p.refundedAmount.value, p.refundedAmount.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager pages={pages} pageInfo={query.data?.payments.pageInfo} label="Payment pages" />
    </section>
  );
}
