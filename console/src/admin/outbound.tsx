import { useQuery } from '../api/hooks.js';
import { ConsoleOutboundDocument } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { Empty, QueryView } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';

/** Per-merchant calls in flight toward AMS and circuit breaker state, as seen by the instance that answers. */
export function Outbound() {
  const query = useQuery(ConsoleOutboundDocument, {});
  return (
    <section aria-labelledby="outbound-title">
      <div className="page-head">
        <h1 id="outbound-title">Outbound to AMS</h1>
        <Button onClick={() => void query.refetch()} busy={query.loading}>
          Refresh
        </Button>
      </div>
      <p className="hint">Breakers are per gateway instance: this is the one that answered.</p>
      <QueryView state={query} what="outbound lanes">
        {({ outbound }) =>
          outbound.length === 0 ? (
            <Empty>No merchant has called AMS from this instance yet.</Empty>
          ) : (
            <table className="table" aria-label="Outbound lanes">
              <thead>
                <tr>
                  <th scope="col">Merchant</th>
                  <th scope="col">Endpoint</th>
                  <th scope="col">Breaker</th>
                  <th scope="col">Consecutive failures</th>
                  <th scope="col">In flight</th>
                  <th scope="col">Max in flight</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Last failure</th>
                </tr>
              </thead>
              <tbody>
                {outbound.map((lane) => (
                  <tr key={`${lane.merchantId}:${lane.endpoint}`}>
                    <td><code>{lane.merchantId.slice(0, 8)}</code></td>
                    <td>{lane.endpoint}</td>
                    <td><StatusBadge status={lane.breaker} /></td>
                    <td className="num">{lane.consecutiveFailures}</td>
                    <td className="num">{lane.inFlight}</td>
                    <td className="num">{lane.maxInFlight}</td>
                    <td className="num">{lane.queued}</td>
                    <td>{lane.lastFailure ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  );
}
