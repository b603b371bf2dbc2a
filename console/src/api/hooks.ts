import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../app/session-context.js';
import { describeApiError, request, subscriptionClient, watchConnection, type Operation } from './graphql-client.js';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  refetch(): Promise<void>;
  /** Replace the data locally (a live update, a mutation's answer). */
  setData(update: (current: T | undefined) => T | undefined): void;
}

/** Runs a query when mounted and whenever its variables change (compared by value). */
export function useQuery<TData, TVariables extends Record<string, unknown>>(
  document: Operation<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TData> {
  const { apiKey } = useSession();
  const [data, setData] = useState<TData | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(!options.skip);
  const variablesKey = JSON.stringify(variables);
  const generation = useRef(0);

  const run = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await request(apiKey, document, JSON.parse(variablesKey) as TVariables);
      if (mine === generation.current) {
        setData(result);
        setError(undefined);
      }
    } catch (failure) {
      if (mine === generation.current) setError(describeApiError(failure));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [apiKey, document, variablesKey]);

  useEffect(() => {
    if (!options.skip) void run();
  }, [run, options.skip]);

  return { data, error, loading, refetch: run, setData };
}

export interface MutationState {
  running: boolean;
  /** A GraphQL-level failure (payload errors are part of the result). */
  error: string | undefined;
}

/** A mutation run on demand; resolves to its data, or undefined when the request itself failed (see `error`). */
export function useMutation<TData, TVariables extends Record<string, unknown>>(
  document: Operation<TData, TVariables>,
): [(variables: TVariables) => Promise<TData | undefined>, MutationState] {
  const { apiKey } = useSession();
  const [state, setState] = useState<MutationState>({ running: false, error: undefined });
  const run = useCallback(
    async (variables: TVariables) => {
      setState({ running: true, error: undefined });
      try {
        const data = await request(apiKey, document, variables);
        setState({ running: false, error: undefined });
        return data;
      } catch (failure) {
        setState({ running: false, error: describeApiError(failure) });
        return undefined;
      }
    },
    [apiKey, document],
  );
  return [run, state];
}

export type LiveStatus = 'connecting' | 'live' | 'error';

/**
 * Subscribes over graphql-ws while mounted; `onData` receives each event and `onConnected` runs each time the socket
 * (re)connects, so the caller can refetch what it may have missed while it was down.
 */
export function useSubscription<TData, TVariables extends Record<string, unknown>>(
  document: Operation<TData, TVariables>,
  variables: TVariables,
  onData: (data: TData) => void,
  onConnected?: () => void,
): { status: LiveStatus; error: string | undefined } {
  const { apiKey } = useSession();
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const handlers = useRef({ onData, onConnected });
  handlers.current = { onData, onConnected };
  const variablesKey = JSON.stringify(variables);

  useEffect(() => {
    const client = subscriptionClient(apiKey);
    setError(undefined);
    let wasConnected = false;
    const stopWatching = watchConnection((now) => {
      setConnected(now);
      if (now && !wasConnected) handlers.current.onConnected?.();
      wasConnected = now;
    });
    const unsubscribe = client.subscribe<TData>(
      { query: document.toString(), variables: JSON.parse(variablesKey) as Record<string, unknown> },
      {
        next: (value) => {
          if (value.errors?.length) setError(value.errors.map((e) => e.message).join('; '));
          if (value.data) handlers.current.onData(value.data);
        },
        error: (failure) => setError(failure instanceof Error ? failure.message : 'The live connection was refused'),
        complete: () => undefined,
      },
    );
    return () => {
      unsubscribe();
      stopWatching();
    };
  }, [apiKey, document, variablesKey]);

  return { status: error ? 'error' : connected ? 'live' : 'connecting', error };
}
