import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The closed set of `extensions.code` values a client can see (design.md, errors §3). Anything else is masked as
 * INTERNAL by formatError. Problems a caller can fix in a mutation are payload `errors`, not these.
 */
export const GRAPHQL_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'CURSOR_EXPIRED',
  'INTERNAL',
] as const;
export type GraphQLErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];

const HTTP_STATUS: Record<GraphQLErrorCode, number | undefined> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: undefined, // a partial result may still be useful; keep 200 like other field errors
  BAD_USER_INPUT: undefined,
  NOT_FOUND: undefined,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  BAD_REQUEST: 400,
  RATE_LIMITED: 429,
  CURSOR_EXPIRED: undefined,
  INTERNAL: undefined,
};

export function isGraphQLErrorCode(value: unknown): value is GraphQLErrorCode {
  return typeof value === 'string' && (GRAPHQL_ERROR_CODES as readonly string[]).includes(value);
}

export function gatewayError(code: GraphQLErrorCode, message: string): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });
}

export const unauthenticated = (message = 'Authentication required: send Authorization: Bearer <API key>') =>
  gatewayError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => gatewayError('FORBIDDEN', message);

/** Over a rate limit: HTTP 429 with Retry-After (seconds), like the payload of a graphql-ws subscribe refused. */
export function rateLimited(scope: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Rate limit exceeded (${scope}); retry after ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
  });
}
