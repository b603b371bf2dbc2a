import { useState } from 'react';
import { useQuery } from '../api/hooks.js';
import { Link } from '../app/router.js';
import { useSession } from '../app/session-context.js';
import { ConsoleWebhookEndpointsDocument } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { formatTime } from '../ui/format.js';
import { SecretNotice } from '../ui/secret-notice.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { CreateEndpoint } from './create-endpoint.js';
import { describeEventTypes } from './event-type-list.js';

/**
 * Webhook endpoints: the merchant's own, or (admin) one merchant's — with `merchantId` — or every merchant's. New
 * endpoints are created for a known merchant only (an admin key must name it).
 */
export function WebhookEndpoints({ merchantId }: { merchantId?: string }) {
  const { canAct, viewer } = useSession();
  const admin = viewer.role === 'PLATFORM_ADMIN';
  const query = useQuery(ConsoleWebhookEndpointsDocument, { merchantId: merchantId ?? null });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ url: string; value: string } | undefined>(undefined);
  const canCreate = canAct && (!admin || merchantId !== undefined);
  const endpoints = query.data?.webhookEndpoints ?? [];

  return (
    <section aria-labelledby="webhooks-title">
      {merchantId && admin ? (
        <p className="crumbs">
          <Link to={`/merchants/${merchantId}`}>← Merchant</Link>
        </p>
      ) : null}
      <div className="page-head">
        <h1 id="webhooks-title">Webhook endpoints</h1>
        {canCreate ? (
          <Button variant="primary" onClick={() => setCreating((v) => !v)} aria-expanded={creating}>
            Add an endpoint
          </Button>
        ) : null}
      </div>
      <p className="hint">Your backend's URLs that receive your events, signed per Standard Webhooks, with a delivery log and replay.</p>
      {admin && !merchantId ? <p className="hint">Every merchant's endpoints. To add one, open the merchant's page.</p> : null}
      {secret ? <SecretNotice title={`The signing secret of ${secret.url}`} value={secret.value} testId="webhook-secret" onDismiss={() => setSecret(undefined)} /> : null}
      {creating && canCreate ? (
        <CreateEndpoint
          merchantId={merchantId}
          onClose={() => setCreating(false)}
          onCreated={(endpoint, value) => {
            setSecret({ url: endpoint.url, value });
            setCreating(false);
            void query.refetch();
          }}
        />
      ) : null}
      {query.error ? <ErrorBox>Could not load webhook endpoints: {query.error}</ErrorBox> : null}
      {!query.data && !query.error ? <Loading what="webhook endpoints" /> : null}
      {query.data && endpoints.length === 0 ? <Empty>No webhook endpoints yet.</Empty> : null}
      {endpoints.length > 0 ? (
        <table className="table" aria-label="Webhook endpoints">
          <thead>
            <tr>
              <th scope="col">URL</th>
              {admin && !merchantId ? <th scope="col">Merchant</th> : null}
              <th scope="col">Events</th>
              <th scope="col">Status</th>
              <th scope="col">Failing since</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.id} data-endpoint-id={e.id} data-status={e.status}>
                <td>
                  <Link to={`/webhooks/${e.id}`}>{e.url}</Link>
                  {e.description ? <div className="hint">{e.description}</div> : null}
                </td>
                {admin && !merchantId ? (
                  <td>
                    <Link to={`/merchants/${e.merchantId}`}><code>{e.merchantId}</code></Link>
                  </td>
                ) : null}
                <td>{describeEventTypes(e.eventTypes)}</td>
                <td>
                  <StatusBadge status={e.status} />
                  {e.disabledReason ? <div className="hint">{e.disabledReason}</div> : null}
                </td>
                <td>{formatTime(e.failingSince)}</td>
                <td>{formatTime(e.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
