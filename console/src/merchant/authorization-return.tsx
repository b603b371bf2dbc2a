import { useEffect, useState } from 'react';
import { request } from '../api/graphql-client.js';
import { describeApiError } from '../api/graphql-client.js';
import { Link } from '../app/router.js';
import { useSession } from '../app/session-context.js';
import { ConsoleApplyTokenDocument, ConsoleAuthorizationByStateDocument, type ConsoleAuthorizationFragment } from '../generated/graphql.js';
import { ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';

type Outcome = { kind: 'working' } | { kind: 'done'; authorization: ConsoleAuthorizationFragment } | { kind: 'failed'; message: string };

/** Read once: the authCode is a secret, so it is taken out of the address bar (and history) at once. */
function takeRedirectParameters(): URLSearchParams {
  const params = new URLSearchParams(location.search);
  if (location.search) history.replaceState(null, '', location.pathname);
  return params;
}

let taken: URLSearchParams | undefined;

/**
 * The wallet's redirect lands here with authCode and authState (or error). The gateway may already have applied the
 * code from notifyAuthorization (AUTO_APPLY_TOKEN); otherwise this page calls applyToken.
 */
export function AuthorizationReturn() {
  const { apiKey, canAct } = useSession();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'working' });

  useEffect(() => {
    taken ??= takeRedirectParameters();
    const params = taken;
    const authState = params.get('authState');
    const authCode = params.get('authCode');
    const refused = params.get('error');
    let stale = false;
    const finish = (next: Outcome) => {
      if (!stale) setOutcome(next);
    };
    void (async () => {
      if (!authState) return finish({ kind: 'failed', message: 'The wallet sent no authState back: nothing to finish here.' });
      if (refused) return finish({ kind: 'failed', message: `The customer did not authorize (${refused}).` });
      const found = await request(apiKey, ConsoleAuthorizationByStateDocument, { authState });
      const authorization = found.authorization;
      if (!authorization) return finish({ kind: 'failed', message: 'No authorization of yours has this authState.' });
      if (authorization.status === 'ACTIVE' || !authCode || !canAct) return finish({ kind: 'done', authorization });
      const applied = await request(apiKey, ConsoleApplyTokenDocument, { input: { authorizationId: authorization.id, authCode, authState } });
      if (applied.applyToken.authorization && applied.applyToken.errors.length === 0) return finish({ kind: 'done', authorization: applied.applyToken.authorization });
      // The notification may have applied the same code meanwhile: what counts is where the authorization is now.
      const again = await request(apiKey, ConsoleAuthorizationByStateDocument, { authState });
      if (again.authorization?.status === 'ACTIVE') return finish({ kind: 'done', authorization: again.authorization });
      finish({ kind: 'failed', message: applied.applyToken.errors.map((e) => e.message).join('; ') || 'applyToken did not activate the authorization.' });
    })().catch((failure: unknown) => finish({ kind: 'failed', message: describeApiError(failure) }));
    return () => {
      stale = true;
    };
  }, [apiKey, canAct]);

  return (
    <section aria-labelledby="return-title">
      <h1 id="return-title">Back from the wallet</h1>
      {outcome.kind === 'working' ? <Loading what="the authorization" /> : null}
      {outcome.kind === 'failed' ? <ErrorBox>{outcome.message}</ErrorBox> : null}
      {outcome.kind === 'done' ? (
        <div className="card" role="status">
          <p>
            Authorization <code>{outcome.authorization.id.slice(0, 8)}</code> with {outcome.authorization.customerBelongsTo} is{' '}
            <StatusBadge status={outcome.authorization.status} />
          </p>
          <p>
            <Link to="/payments">Go to payments</Link> · <Link to="/authorizations">All authorizations</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}
