import { useCallback, useState } from 'react';
import { useQuery } from '../api/hooks.js';
import { Link, navigate } from '../app/router.js';
import { useSession } from '../app/session-context.js';
import { ConsoleWebhookEndpointDocument } from '../generated/graphql.js';
import { formatTime } from '../ui/format.js';
import { SecretNotice } from '../ui/secret-notice.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { DeliveryLog } from './delivery-log.js';
import { DeleteEndpoint, EndpointStatusToggle, RotateSecret, SendTestPing } from './endpoint-actions.js';
import { EndpointSettings } from './endpoint-settings.js';
import { describeEventTypes } from './event-type-list.js';
import { ReplaySince } from './replay-since.js';

/** One endpoint: its settings, secret rotation, test ping, status, and its delivery log with replay. */
export function WebhookEndpointDetail({ id }: { id: string }) {
  const { canAct, viewer } = useSession();
  const query = useQuery(ConsoleWebhookEndpointDocument, { id });
  const [secret, setSecret] = useState<string | undefined>(undefined);
  // Bumped when something here queued a delivery, so the log shows it at once.
  const [reloadLog, setReloadLog] = useState(0);
  const queued = useCallback(() => setReloadLog((n) => n + 1), []);

  if (query.error) return <ErrorBox>Could not load the endpoint: {query.error}</ErrorBox>;
  if (!query.data) return <Loading what="the endpoint" />;
  const endpoint = query.data.webhookEndpoint;
  if (!endpoint) return <Empty>No webhook endpoint {id} is visible to this key.</Empty>;
  const listPath = viewer.role === 'PLATFORM_ADMIN' ? `/merchants/${endpoint.merchantId}/webhooks` : '/webhooks';
  const replace = (next: typeof endpoint) => query.setData(() => ({ webhookEndpoint: next }));

  return (
    <section aria-labelledby="endpoint-title">
      <p className="crumbs">
        <Link to={listPath}>← Webhook endpoints</Link>
      </p>
      <div className="page-head">
        <h1 id="endpoint-title">
          <span className="title-url">{endpoint.url}</span> <StatusBadge status={endpoint.status} />
        </h1>
      </div>
      {secret ? <SecretNotice title="The new signing secret" value={secret} testId="webhook-secret" onDismiss={() => setSecret(undefined)} /> : null}
      <div className="columns">
        <div className="card">
          <dl className="facts">
            <dt>Id</dt>
            <dd><code data-testid="endpoint-id">{endpoint.id}</code></dd>
            <dt>Description</dt>
            <dd>{endpoint.description || '—'}</dd>
            <dt>Events</dt>
            <dd>{describeEventTypes(endpoint.eventTypes)}</dd>
            <dt>Status</dt>
            <dd>
              {endpoint.status}
              {endpoint.disabledReason ? ` (${endpoint.disabledReason}, ${formatTime(endpoint.disabledAt)})` : ''}
            </dd>
            <dt>Failing since</dt>
            <dd>{formatTime(endpoint.failingSince)}</dd>
            <dt>Secret rotated</dt>
            <dd>{formatTime(endpoint.secretRotatedAt)}</dd>
            <dt>Old secret signs until</dt>
            <dd>{formatTime(endpoint.previousSecretExpiresAt)}</dd>
            <dt>Created</dt>
            <dd>{formatTime(endpoint.createdAt)}</dd>
          </dl>
        </div>
        {canAct ? (
          <div className="card actions-card">
            <h2>Actions</h2>
            <SendTestPing endpoint={endpoint} onSent={queued} />
            <RotateSecret
              endpoint={endpoint}
              onRotated={(value) => {
                setSecret(value);
                void query.refetch();
              }}
            />
            <EndpointStatusToggle endpoint={endpoint} onDone={replace} />
            <DeleteEndpoint endpoint={endpoint} onDeleted={() => navigate(listPath)} />
          </div>
        ) : null}
      </div>
      {canAct ? (
        <div className="columns">
          <div className="card">
            <EndpointSettings key={endpoint.id} endpoint={endpoint} onSaved={replace} />
          </div>
          <div className="card">
            <ReplaySince endpoint={endpoint} onDone={queued} />
          </div>
        </div>
      ) : null}
      <DeliveryLog endpointId={endpoint.id} canAct={canAct} reloadSignal={reloadLog} />
    </section>
  );
}
