import { useCallback, useState } from 'react';
import { useMutation, useQuery, useSubscription } from '../api/hooks.js';
import { useSession } from '../app/session-context.js';
import {
  ConsoleAuthorizationsDocument,
  ConsoleAuthorizationUpdatedDocument,
  ConsoleRevokeAuthorizationDocument,
  type AuthorizationStatus,
  type ConsoleAuthorizationFragment,
} from '../generated/graphql.js';
import { Button, ConfirmButton } from '../ui/buttons.js';
import { FormErrors, SelectField, type PayloadError } from '../ui/form.js';
import { formatTime } from '../ui/format.js';
import { LiveIndicator } from '../ui/live-indicator.js';
import { Pager, useCursorPages } from '../ui/pager.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { ConsultForm } from './consult-form.js';

const STATUSES: AuthorizationStatus[] = ['CONSULTING', 'AWAITING_USER', 'AUTH_CODE_RECEIVED', 'ACTIVE', 'REVOKED', 'EXPIRED', 'FAILED'];

export function Authorizations() {
  const { canAct } = useSession();
  const [status, setStatus] = useState('');
  const pages = useCursorPages();
  const [consulting, setConsulting] = useState(false);
  const query = useQuery(ConsoleAuthorizationsDocument, { first: 20, after: pages.after, filter: status ? { status: status as AuthorizationStatus } : {} });

  const upsert = useCallback(
    (authorization: ConsoleAuthorizationFragment) =>
      query.setData((current) => {
        if (!current) return current;
        const nodes = current.authorizations.nodes;
        const index = nodes.findIndex((a) => a.id === authorization.id);
        const next = index >= 0 ? nodes.map((a) => (a.id === authorization.id ? authorization : a)) : [authorization, ...nodes];
        return { authorizations: { ...current.authorizations, nodes: next } };
      }),
    [query.setData],
  );
  const live = useSubscription(ConsoleAuthorizationUpdatedDocument, {}, (event) => {
    if (event.authorizationUpdated.authorization) upsert(event.authorizationUpdated.authorization);
  });

  const rows = query.data?.authorizations.nodes ?? [];
  return (
    <section aria-labelledby="authorizations-title">
      <div className="page-head">
        <h1 id="authorizations-title">Authorizations</h1>
        <LiveIndicator status={live.status} error={live.error} />
        {canAct ? (
          <Button variant="primary" onClick={() => setConsulting((v) => !v)} aria-expanded={consulting}>
            Start a consult
          </Button>
        ) : null}
      </div>
      {consulting && canAct ? <ConsultForm onStarted={upsert} /> : null}
      <form className="filters" aria-label="Filter authorizations" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          name="status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            pages.reset();
          }}
          options={[['', 'Any status'], ...STATUSES.map((s) => [s, s] as const)]}
        />
      </form>
      {query.error ? <ErrorBox>Could not load authorizations: {query.error}</ErrorBox> : null}
      {!query.data && !query.error ? <Loading what="authorizations" /> : null}
      {query.data && rows.length === 0 ? <Empty>No authorizations {status ? 'with this status' : 'yet'}.</Empty> : null}
      {rows.length > 0 ? (
        <table className="table" aria-label="Authorizations">
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Wallet</th>
              <th scope="col">Status</th>
              <th scope="col">Token</th>
              <th scope="col">Scopes</th>
              {canAct ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} data-authorization-id={a.id} data-status={a.status}>
                <td>{formatTime(a.createdAt)}</td>
                <td>{a.customerBelongsTo}</td>
                <td>
                  <StatusBadge status={a.status} />
                  {a.failure ? <div className="hint">{a.failure.code}</div> : null}
                </td>
                <td>
                  {a.accessTokenHint ? <code>{a.accessTokenHint}</code> : '—'}
                  {a.accessTokenExpiresAt ? <div className="hint">until {formatTime(a.accessTokenExpiresAt)}</div> : null}
                </td>
                <td>{a.scopes.join(', ')}</td>
                {canAct ? (
                  <td>
                    {a.status === 'AWAITING_USER' && a.normalUrl ? <a href={a.normalUrl}>Wallet page</a> : null}
                    {a.status === 'ACTIVE' ? <RevokeAuthorization authorization={a} onDone={upsert} /> : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager pages={pages} pageInfo={query.data?.authorizations.pageInfo} label="Authorization pages" />
    </section>
  );
}

function RevokeAuthorization({ authorization, onDone }: { authorization: ConsoleAuthorizationFragment; onDone: (a: ConsoleAuthorizationFragment) => void }) {
  const [revoke, state] = useMutation(ConsoleRevokeAuthorizationDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  return (
    <>
      <ConfirmButton
        label="Revoke…"
        title="Revoke this authorization?"
        confirmLabel="Revoke"
        busy={state.running}
        onConfirm={async () => {
          const result = await revoke({ authorizationId: authorization.id });
          if (!result) return;
          setErrors(result.revokeAuthorization.errors);
          if (result.revokeAuthorization.authorization) onDone(result.revokeAuthorization.authorization);
        }}
      >
        <p>The access token stops working at the wallet; the customer must authorize again before the next payment.</p>
      </ConfirmButton>
      <FormErrors errors={errors} fields={[]} requestError={state.error} />
    </>
  );
}
