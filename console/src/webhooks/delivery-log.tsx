import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '../api/hooks.js';
import { usePolling } from '../api/polling.js';
import { ConsoleReplayWebhookDeliveryDocument, ConsoleWebhookDeliveriesDocument, type ConsoleWebhookDeliveryFragment, type WebhookDeliveryStatus } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, SelectField, type PayloadError } from '../ui/form.js';
import { formatTime } from '../ui/format.js';
import { Pager, useCursorPages } from '../ui/pager.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';

const PAGE_SIZE = 20;
const STATUSES: WebhookDeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];
/** While a delivery shown is PENDING and due soon, the log asks again this often (the API has no subscription for it). */
const POLL_MS = 1_500;
/** A retry due later than this is not waited for (Refresh shows it); the retry schedule runs for days. */
const POLL_HORIZON_MS = 60_000;
/** The API keeps the first 1 KiB of an answer; the table shows the start of it, the rest on demand. */
const BODY_PREVIEW = 120;

/** An endpoint's deliveries, newest first, with every attempt; replay one (same webhook-id). */
export function DeliveryLog({ endpointId, canAct, reloadSignal }: { endpointId: string; canAct: boolean; reloadSignal: number }) {
  const [status, setStatus] = useState('');
  const pages = useCursorPages();
  const query = useQuery(ConsoleWebhookDeliveriesDocument, {
    endpointId,
    first: PAGE_SIZE,
    after: pages.after,
    status: status ? (status as WebhookDeliveryStatus) : null,
  });
  const { refetch } = query;
  useEffect(() => {
    if (reloadSignal > 0) void refetch();
  }, [reloadSignal, refetch]);
  const rows = query.data?.webhookDeliveries?.nodes ?? [];
  usePolling(refetch, rows.some((d) => d.status === 'PENDING' && dueSoon(d.nextAttemptAt)), POLL_MS);

  return (
    <section aria-labelledby="delivery-log-title">
      <div className="page-head">
        <h2 id="delivery-log-title">Delivery log</h2>
        <Button onClick={() => void refetch()} busy={query.loading}>
          Refresh
        </Button>
      </div>
      <form className="filters" aria-label="Filter deliveries" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Delivery status"
          name="status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            pages.reset();
          }}
          options={[['', 'Any status'], ...STATUSES.map((s) => [s, s] as const)]}
        />
      </form>
      {query.error ? <ErrorBox>Could not load deliveries: {query.error}</ErrorBox> : null}
      {!query.data && !query.error ? <Loading what="deliveries" /> : null}
      {query.data && !query.data.webhookDeliveries ? <Empty>No such endpoint.</Empty> : null}
      {query.data?.webhookDeliveries && rows.length === 0 ? <Empty>No deliveries {status ? 'with this status' : 'yet: send a test ping'}.</Empty> : null}
      {rows.length > 0 ? (
        <table className="table" aria-label="Deliveries" aria-busy={query.loading}>
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              {canAct ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <DeliveryRow key={d.id} delivery={d} canAct={canAct} onReplayed={() => void refetch()} />
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager pages={pages} pageInfo={query.data?.webhookDeliveries?.pageInfo} label="Delivery pages" />
    </section>
  );
}

/** No attempt time yet, or one within the horizon (by this browser's clock). */
function dueSoon(nextAttemptAt: string | null | undefined): boolean {
  return !nextAttemptAt || Date.parse(nextAttemptAt) - Date.now() < POLL_HORIZON_MS;
}

function DeliveryRow({ delivery: d, canAct, onReplayed }: { delivery: ConsoleWebhookDeliveryFragment; canAct: boolean; onReplayed: () => void }) {
  const last = d.attempts[d.attempts.length - 1];
  return (
    <tr data-delivery-id={d.id} data-webhook-id={d.webhookId} data-status={d.status} data-attempts={d.attemptCount} data-status-code={last?.statusCode ?? ''}>
      <td>{formatTime(d.createdAt)}</td>
      <td>
        <strong>{d.eventType}</strong>
        <div className="hint">
          <code>{d.webhookId}</code>
        </div>
      </td>
      <td>
        <StatusBadge status={d.status} />
        {d.status === 'PENDING' && d.nextAttemptAt ? <div className="hint">next {formatTime(d.nextAttemptAt)}</div> : null}
        {d.deliveredAt ? <div className="hint">at {formatTime(d.deliveredAt)}</div> : null}
      </td>
      <td>
        {d.attempts.length === 0 ? (
          <span className="hint">None yet</span>
        ) : (
          <ol className="attempts" aria-label={`Attempts of ${d.webhookId}`}>
            {d.attempts.map((a) => (
              <li key={a.id} className={a.succeeded ? 'attempt-ok' : 'attempt-failed'}>
                <span>{formatTime(a.attemptedAt)}</span> · <strong data-testid="attempt-status">{a.statusCode ?? 'no answer'}</strong> · <span>{a.latencyMs} ms</span>
                {a.error ? <div className="hint">{a.error}</div> : null}
                {a.responseBody ? <ResponseBody body={a.responseBody} /> : null}
              </li>
            ))}
          </ol>
        )}
      </td>
      {canAct ? (
        <td>
          <ReplayDelivery delivery={d} onDone={onReplayed} />
        </td>
      ) : null}
    </tr>
  );
}

function ResponseBody({ body }: { body: string }) {
  if (body.length <= BODY_PREVIEW) return <pre className="response-body">{body}</pre>;
  return (
    <details>
      <summary>
        <code>{body.slice(0, BODY_PREVIEW)}…</code>
      </summary>
      <pre className="response-body">{body}</pre>
    </details>
  );
}

function ReplayDelivery({ delivery, onDone }: { delivery: ConsoleWebhookDeliveryFragment; onDone: () => void }) {
  const [replay, state] = useMutation(ConsoleReplayWebhookDeliveryDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  return (
    <>
      <Button
        busy={state.running}
        aria-label={`Replay ${delivery.webhookId}`}
        onClick={async () => {
          const result = await replay({ id: delivery.id });
          if (!result) return;
          setErrors(result.replayWebhookDelivery.errors);
          onDone();
        }}
      >
        Replay
      </Button>
      <FormErrors errors={errors} fields={[]} requestError={state.error} />
    </>
  );
}
