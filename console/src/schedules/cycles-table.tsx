import { Link } from '../app/router.js';
import type { ConsoleScheduleCycleFragment } from '../generated/graphql.js';
import { formatMinor, formatTime } from '../ui/format.js';
import { Empty } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';

/** A schedule's cycles in cycle order: when each fell due, how it went, and the payment of every charge attempt. */
export function CyclesTable({ cycles }: { cycles: readonly ConsoleScheduleCycleFragment[] }) {
  if (cycles.length === 0) return <Empty>No cycles yet: the first is created when it falls due.</Empty>;
  return (
    <table className="table" aria-label="Cycles">
      <thead>
        <tr>
          <th scope="col">Cycle</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">Amount</th>
          <th scope="col">Payments (attempts)</th>
          <th scope="col">Next attempt</th>
        </tr>
      </thead>
      <tbody>
        {cycles.map((c) => (
          <tr key={c.id} data-cycle-number={c.cycleNumber} data-status={c.status} data-payment-id={c.paymentId ?? ''}>
            <td className="num">{c.cycleNumber}</td>
            <td>{formatTime(c.dueAt)}</td>
            <td>
              <StatusBadge status={c.status} />
              {c.failure ? (
                <div className="hint">
                  {c.failure.code}
                  {c.failure.message ? `: ${c.failure.message}` : ''}
                </div>
              ) : null}
            </td>
            <td className="num">{formatMinor(c.amount.value, c.amount.currency)}</td>
            <td>
              {c.charges.length === 0 ? (
                <span className="hint">—</span>
              ) : (
                <ul className="plain-list">
                  {c.charges.map((charge) => (
                    <li key={charge.id}>
                      {charge.paymentId ? (
                        <Link to={`/payments/${charge.paymentId}`} aria-label={`Payment of cycle ${c.cycleNumber}, attempt ${charge.attempt}`}>
                          Attempt {charge.attempt}: {charge.referenceOrderId}
                        </Link>
                      ) : (
                        <span>
                          Attempt {charge.attempt}: {charge.referenceOrderId}
                        </span>
                      )}{' '}
                      {charge.payment ? <StatusBadge status={charge.payment.status} /> : null}
                    </li>
                  ))}
                </ul>
              )}
              {c.attemptCount > 1 ? <div className="hint">{c.attemptCount - 1} retries</div> : null}
            </td>
            <td>{formatTime(c.nextAttemptAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
