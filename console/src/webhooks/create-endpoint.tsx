import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleCreateWebhookEndpointDocument, type ConsoleWebhookEndpointFragment } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, TextField, type PayloadError } from '../ui/form.js';
import { EVERY_EVENT, eventTypesInput } from './event-type-list.js';
import { EventTypesField } from './event-types-field.js';

const FIELDS = ['url', 'eventTypes', 'description'];

/** Registers an endpoint; the signing secret comes back this once and is handed to `onCreated` to show. */
export function CreateEndpoint({ merchantId, onCreated, onClose }: { merchantId?: string | undefined; onCreated: (endpoint: ConsoleWebhookEndpointFragment, secret: string) => void; onClose: () => void }) {
  const [create, state] = useMutation(ConsoleCreateWebhookEndpointDocument);
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState(EVERY_EVENT);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      input: { url: url.trim(), eventTypes: eventTypesInput(eventTypes), ...(description ? { description } : {}), ...(merchantId ? { merchantId } : {}) },
    });
    if (!result) return;
    const payload = result.createWebhookEndpoint;
    setErrors(payload.errors);
    if (payload.endpoint && payload.secret) onCreated(payload.endpoint, payload.secret);
  };

  return (
    <form className="card form-grid" onSubmit={submit} aria-label="New webhook endpoint">
      <h2>New webhook endpoint</h2>
      <TextField label="Endpoint URL" name="url" errors={errors} value={url} onChange={(e) => setUrl(e.target.value)} type="url" placeholder="https://shop.example/webhooks" required hint="Your backend's HTTPS address; every message is signed (Standard Webhooks)." />
      <EventTypesField value={eventTypes} onChange={setEventTypes} errors={errors} />
      <TextField label="Description" name="description" errors={errors} value={description} onChange={(e) => setDescription(e.target.value)} placeholder="What receives it" />
      <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={state.running}>
          Create endpoint
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
    </form>
  );
}
