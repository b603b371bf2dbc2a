import { useState, type FormEvent } from 'react';
import { describeApiError, request } from '../api/graphql-client.js';
import { ConsoleViewerDocument } from '../generated/graphql.js';
import type { Viewer } from './session-context.js';
import { Button } from '../ui/buttons.js';
import { ErrorBox } from '../ui/states.js';

/** Checks the key with the viewer query before keeping it: a wrong key is refused here, with a clear message. */
export function Login({ onLoggedIn, notice }: { onLoggedIn: (apiKey: string, viewer: Viewer) => void; notice?: string | undefined }) {
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | undefined>(notice);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const key = apiKey.trim();
    if (!key) {
      setError('Enter an API key.');
      return;
    }
    setChecking(true);
    try {
      const { viewer } = await request(key, ConsoleViewerDocument, {});
      onLoggedIn(key, viewer);
    } catch (failure) {
      setError(describeApiError(failure));
      setChecking(false);
    }
  };

  return (
    <main className="login">
      <form onSubmit={submit} className="card login-card" aria-labelledby="login-title">
        <h1 id="login-title">Auto Debit console</h1>
        <p className="hint">For platform admins and merchants. What you see follows your API key's role.</p>
        <div className="field">
          <label htmlFor="api-key">API key</label>
          <input
            id="api-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            placeholder="agw_live_…"
            aria-describedby="api-key-hint"
            autoFocus
          />
          <small id="api-key-hint" className="hint">
            Kept in this tab only (sessionStorage) until you log out or close it.
          </small>
        </div>
        {error ? <ErrorBox>{error}</ErrorBox> : null}
        <Button type="submit" variant="primary" busy={checking}>
          {checking ? 'Checking…' : 'Log in'}
        </Button>
      </form>
    </main>
  );
}
