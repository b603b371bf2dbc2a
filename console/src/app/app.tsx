import { useEffect, useMemo, useState } from 'react';
import { ApiError, closeSubscriptions, describeApiError, request } from '../api/graphql-client.js';
import { forgetApiKey, storeApiKey, storedApiKey } from '../api/session.js';
import { ConsoleViewerDocument } from '../generated/graphql.js';
import { Loading } from '../ui/states.js';
import { Login } from './login.js';
import { SessionContext, type Session, type Viewer } from './session-context.js';
import { Shell } from './shell.js';

type State = { kind: 'checking' } | { kind: 'out'; notice?: string } | { kind: 'in'; apiKey: string; viewer: Viewer };

export function App() {
  const [state, setState] = useState<State>(() => (storedApiKey() ? { kind: 'checking' } : { kind: 'out' }));

  // A key kept from earlier in this tab is checked again: it may have been revoked meanwhile.
  useEffect(() => {
    const apiKey = storedApiKey();
    if (!apiKey || state.kind !== 'checking') return;
    request(apiKey, ConsoleViewerDocument, {}).then(
      ({ viewer }) => setState({ kind: 'in', apiKey, viewer }),
      (failure: unknown) => {
        if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') forgetApiKey();
        setState({ kind: 'out', notice: describeApiError(failure) });
      },
    );
  }, [state.kind]);

  const session = useMemo<Session | undefined>(() => {
    if (state.kind !== 'in') return undefined;
    return {
      apiKey: state.apiKey,
      viewer: state.viewer,
      canAct: state.viewer.role !== 'MERCHANT_READONLY',
      logOut: () => {
        forgetApiKey();
        closeSubscriptions();
        setState({ kind: 'out' });
      },
    };
  }, [state]);

  if (state.kind === 'checking') return <Loading what="your session" />;
  if (!session) {
    return (
      <Login
        notice={state.kind === 'out' ? state.notice : undefined}
        onLoggedIn={(apiKey, viewer) => {
          storeApiKey(apiKey);
          setState({ kind: 'in', apiKey, viewer });
        }}
      />
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <Shell />
    </SessionContext.Provider>
  );
}
