import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../generated/graphql.js';

/** A GraphQL error (not a payload error): the request as a whole was refused or failed. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One of console/operations' typed operations: its text (with the fragments it uses) and its data and variable types. */
export type Operation<TData, TVariables> = TypedDocumentString<TData, TVariables>;

const GRAPHQL_PATH = '/graphql';

/** Human words for the codes a person can act on; the server's message is shown for the rest. */
export function describeApiError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'UNAUTHENTICATED') return 'This API key is not valid (unknown, mistyped or revoked). Check it and try again.';
    if (error.code === 'FORBIDDEN') return `Not allowed: ${error.message}`;
    return error.message;
  }
  if (error instanceof TypeError) return 'The gateway could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** One query or mutation over HTTP POST with the key in the Authorization header. */
export async function request<TData, TVariables extends Record<string, unknown>>(
  apiKey: string,
  document: Operation<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  let body: GraphQLBody<TData>;
  try {
    body = (await response.json()) as GraphQLBody<TData>;
  } catch {
    throw new ApiError(`The gateway answered HTTP ${response.status} without a GraphQL body`, undefined);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError('The gateway answered without data', undefined);
  return body.data;
}

/** One graphql-ws connection per key, shared by every subscription of the page, reconnecting on its own. */
let socket: { apiKey: string; client: Client } | undefined;
let connected = false;
const connectionListeners = new Set<(connected: boolean) => void>();

function setConnected(value: boolean): void {
  connected = value;
  for (const listener of connectionListeners) listener(value);
}

/** Calls `listener` now and whenever the shared socket connects or drops. */
export function watchConnection(listener: (connected: boolean) => void): () => void {
  connectionListeners.add(listener);
  listener(connected);
  return () => connectionListeners.delete(listener);
}

export function subscriptionClient(apiKey: string): Client {
  if (socket?.apiKey === apiKey) return socket.client;
  void socket?.client.dispose();
  setConnected(false);
  const url = new URL(GRAPHQL_PATH, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.toString(),
    connectionParams: { Authorization: `Bearer ${apiKey}` },
    lazy: true,
    retryAttempts: Infinity,
    // 4403: the key was refused; retrying with the same key cannot help.
    shouldRetry: (event) => !(event instanceof CloseEvent && event.code === 4403),
    on: {
      connected: () => setConnected(true),
      closed: () => setConnected(false),
    },
  });
  socket = { apiKey, client };
  return client;
}

export function closeSubscriptions(): void {
  void socket?.client.dispose();
  socket = undefined;
  setConnected(false);
}
