import { useState } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleReplayWebhookDeliveriesDocument, type ConsoleWebhookEndpointFragment } from '../generated/graphql.js';
import { ConfirmButton } from '../ui/buttons.js';
import { FormErrors, TextField, type PayloadError } from '../ui/form.js';
import { formatTime } from '../ui/format.js';

/** Queues again every event since a time (in this browser's time zone) that the endpoint's filter wants. */
export function ReplaySince({ endpoint, onDone }: { endpoint: ConsoleWebhookEndpointFragment; onDone: () => void }) {
  const [replay, state] = useMutation(ConsoleReplayWebhookDeliveriesDocument);
  const [since, setSince] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [outcome, setOutcome] = useState<string | undefined>(undefined);
  // A datetime-local value has no zone: it is this browser's wall time.
  const parsed = since ? new Date(since) : undefined;
  const instant = parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;

  return (
    <div className="stack">
      <h3>Replay everything since…</h3>
      <TextField label="Since (your local time)" name="since" errors={errors} type="datetime-local" step={1} value={since} onChange={(e) => setSince(e.target.value)} />
      <FormErrors errors={errors} fields={['since']} requestError={state.error} />
      {outcome ? <p role="status" className="notice">{outcome}</p> : null}
      <div className="actions">
        {instant ? (
          <ConfirmButton
            label="Replay since…"
            title="Replay every event since then?"
            confirmLabel="Replay"
            variant="primary"
            busy={state.running}
            onConfirm={async () => {
              setOutcome(undefined);
              const result = await replay({ endpointId: endpoint.id, since: instant.toISOString() });
              if (!result) return;
              setErrors(result.replayWebhookDeliveries.errors);
              if (result.replayWebhookDeliveries.errors.length === 0) {
                setOutcome(`${result.replayWebhookDeliveries.count} messages queued again.`);
                onDone();
              }
            }}
          >
            <p>
              Every event since {formatTime(instant.toISOString())} that {endpoint.url} wants is sent again, in order, with its original webhook-id.
            </p>
          </ConfirmButton>
        ) : (
          <p className="hint">Choose a time to replay from.</p>
        )}
      </div>
    </div>
  );
}
