import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

export function ErrorBox({ children }: { children: ReactNode }) {
  return (
    <div className="error-box" role="alert">
      {children}
    </div>
  );
}

/** Loading / error / content for one query. */
export function QueryView<T>({ state, what, children }: { state: { data: T | undefined; error: string | undefined; loading: boolean }; what: string; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorBox>Could not load {what}: {state.error}</ErrorBox>;
  if (state.data === undefined) return <Loading what={what} />;
  return <>{children(state.data)}</>;
}
