import { useState } from 'react';
import { useMutation } from '../api/hooks.js';
import {
  ConsoleDeleteWebhookEndpointDocument,
  ConsoleDisableWebhookEndpointDocument,
  ConsoleEnableWebhookEndpointDocument,
  ConsoleRotateWebhookSecretDocument,
  ConsoleSendWebhookTestPingDocument,
  type ConsoleWebhookEndpointFragment,
} from '../generated/graphql.js';
import { Button, ConfirmButton } from '../ui/buttons.js';
import { FormErrors, TextField, type PayloadError } from '../ui/form.js';

/** Sends a WEBHOOK.PING now; the delivery log shows how it went. */
export function SendTestPing({ endpoint, onSent }: { endpoint: ConsoleWebhookEndpointFragment; onSent: () => void }) {
  const [ping, state] = useMutation(ConsoleSendWebhookTestPingDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [sent, setSent] = useState<string | undefined>(undefined);
  return (
    <div className="stack">
      <h3>Test ping</h3>
      <p className="hint">A WEBHOOK.PING message, signed like every other, to check your receiver.</p>
      <FormErrors errors={errors} fields={[]} requestError={state.error} />
      {sent ? <p role="status" className="notice">Ping {sent} queued: follow it in the delivery log.</p> : null}
      <div className="actions">
        <Button
          variant="primary"
          busy={state.running}
          disabled={endpoint.status !== 'ENABLED'}
          onClick={async () => {
            setSent(undefined);
            const result = await ping({ endpointId: endpoint.id });
            if (!result) return;
            setErrors(result.sendWebhookTestPing.errors);
            if (result.sendWebhookTestPing.delivery) {
              setSent(result.sendWebhookTestPing.delivery.webhookId);
              onSent();
            }
          }}
        >
          Send test ping
        </Button>
      </div>
    </div>
  );
}

/** A new signing secret, shown once; the previous one keeps signing beside it for the grace period. */
export function RotateSecret({ endpoint, onRotated }: { endpoint: ConsoleWebhookEndpointFragment; onRotated: (secret: string) => void }) {
  const [rotate, state] = useMutation(ConsoleRotateWebhookSecretDocument);
  const [grace, setGrace] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const graceSeconds = grace.trim() === '' ? null : Number(grace);
  return (
    <div className="stack">
      <h3>Signing secret</h3>
      <TextField
        label="Old secret keeps signing for (seconds)"
        name="graceSeconds"
        errors={errors}
        value={grace}
        onChange={(e) => setGrace(e.target.value)}
        inputMode="numeric"
        placeholder="gateway default"
        hint="0 = the old secret stops at once. Empty: the gateway's default grace period."
      />
      <FormErrors errors={errors} fields={['graceSeconds']} requestError={state.error} />
      <div className="actions">
        <ConfirmButton
          label="Rotate secret…"
          title="Rotate the signing secret?"
          confirmLabel="Rotate"
          variant="primary"
          busy={state.running}
          onConfirm={async () => {
            const result = await rotate({ id: endpoint.id, graceSeconds: graceSeconds !== null && Number.isFinite(graceSeconds) ? graceSeconds : null });
            if (!result) return;
            const payload = result.rotateWebhookEndpointSecret;
            setErrors(payload.errors);
            if (payload.secret) onRotated(payload.secret);
          }}
        >
          <p>A new secret is shown once. Until the grace period ends, messages carry signatures with both secrets; then only the new one.</p>
        </ConfirmButton>
      </div>
    </div>
  );
}

/** Disable (deliveries stop, events meanwhile are not queued) or enable again. */
export function EndpointStatusToggle({ endpoint, onDone }: { endpoint: ConsoleWebhookEndpointFragment; onDone: (endpoint: ConsoleWebhookEndpointFragment) => void }) {
  const [disable, disabling] = useMutation(ConsoleDisableWebhookEndpointDocument);
  const [enable, enabling] = useMutation(ConsoleEnableWebhookEndpointDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  return (
    <div className="stack">
      <h3>Status</h3>
      {endpoint.status === 'ENABLED' ? (
        <ConfirmButton
          label="Disable…"
          title="Disable this endpoint?"
          confirmLabel="Disable"
          busy={disabling.running}
          onConfirm={async () => {
            const result = await disable({ id: endpoint.id });
            if (!result) return;
            setErrors(result.disableWebhookEndpoint.errors);
            if (result.disableWebhookEndpoint.endpoint) onDone(result.disableWebhookEndpoint.endpoint);
          }}
        >
          <p>Deliveries stop. Events that happen while it is disabled are not queued for it: replay them after enabling it again.</p>
        </ConfirmButton>
      ) : (
        <Button
          variant="primary"
          busy={enabling.running}
          onClick={async () => {
            const result = await enable({ id: endpoint.id });
            if (!result) return;
            setErrors(result.enableWebhookEndpoint.errors);
            if (result.enableWebhookEndpoint.endpoint) onDone(result.enableWebhookEndpoint.endpoint);
          }}
        >
          Enable
        </Button>
      )}
      <FormErrors errors={errors} fields={[]} requestError={disabling.error ?? enabling.error} />
    </div>
  );
}

export function DeleteEndpoint({ endpoint, onDeleted }: { endpoint: ConsoleWebhookEndpointFragment; onDeleted: () => void }) {
  const [remove, state] = useMutation(ConsoleDeleteWebhookEndpointDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  return (
    <div className="stack">
      <h3>Delete</h3>
      <FormErrors errors={errors} fields={[]} requestError={state.error} />
      <div className="actions">
        <ConfirmButton
          label="Delete endpoint…"
          title="Delete this endpoint?"
          confirmLabel="Delete"
          busy={state.running}
          onConfirm={async () => {
            const result = await remove({ id: endpoint.id });
            if (!result) return;
            setErrors(result.deleteWebhookEndpoint.errors);
            if (result.deleteWebhookEndpoint.deletedId) onDeleted();
          }}
        >
          <p>
            {endpoint.url} receives nothing more, and its delivery log is deleted with it. This cannot be undone.
          </p>
        </ConfirmButton>
      </div>
    </div>
  );
}
