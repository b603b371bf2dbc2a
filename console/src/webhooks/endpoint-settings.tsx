import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleUpdateWebhookEndpointDocument, type ConsoleWebhookEndpointFragment } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, TextField, type PayloadError } from '../ui/form.js';
import { eventTypesInput, eventTypesValue } from './event-type-list.js';
import { EventTypesField } from './event-types-field.js';

const FIELDS = ['url', 'eventTypes', 'description'];

/** Changes URL, event filter and description (the secret stays). */
export function EndpointSettings({ endpoint, onSaved }: { endpoint: ConsoleWebhookEndpointFragment; onSaved: (endpoint: ConsoleWebhookEndpointFragment) => void }) {
  const [update, state] = useMutation(ConsoleUpdateWebhookEndpointDocument);
  const [url, setUrl] = useState(endpoint.url);
  const [eventTypes, setEventTypes] = useState(() => eventTypesValue(endpoint.eventTypes));
  const [description, setDescription] = useState(endpoint.description);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await update({ id: endpoint.id, input: { url: url.trim(), eventTypes: eventTypesInput(eventTypes), description } });
    if (!result) return;
    setErrors(result.updateWebhookEndpoint.errors);
    if (result.updateWebhookEndpoint.endpoint) {
      setSaved(true);
      onSaved(result.updateWebhookEndpoint.endpoint);
    }
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Endpoint settings">
      <h3>Settings</h3>
      <TextField label="Endpoint URL" name="url" errors={errors} value={url} onChange={(e) => setUrl(e.target.value)} type="url" required />
      <EventTypesField value={eventTypes} onChange={setEventTypes} errors={errors} />
      <TextField label="Description" name="description" errors={errors} value={description} onChange={(e) => setDescription(e.target.value)} />
      <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
      {saved ? <p role="status" className="notice">Saved.</p> : null}
      <div className="actions">
        <Button type="submit" variant="primary" busy={state.running}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
