import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AccessDeniedError, CursorExpiredError, InvalidArgumentError } from '../../modules/errors.js';
import { isGraphQLErrorCode, type GraphQLErrorCode } from './error-codes.js';
import { redactInputValues } from './redact-input-values.js';

export const INTERNAL_MESSAGE = 'Internal error. Quote the request id to the operator.';

/** Codes Apollo or graphql-js produce themselves, mapped into our closed set. */
const FOREIGN_CODES: Record<string, GraphQLErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
};

/** The closed code an error maps to; INTERNAL for anything not deliberately raised. */
export function classifyError(error: unknown): GraphQLErrorCode {
  const original = unwrapResolverError(error);
  if (original instanceof AccessDeniedError) return 'FORBIDDEN';
  if (original instanceof InvalidArgumentError) return 'BAD_USER_INPUT';
  if (original instanceof CursorExpiredError) return 'CURSOR_EXPIRED';
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    if (isGraphQLErrorCode(code)) return code;
    if (typeof code === 'string' && FOREIGN_CODES[code]) return FOREIGN_CODES[code];
    // graphql-js errors without a code that did not come from a resolver are request problems (e.g. a variable
    // of the wrong type) and carry no internals.
    if (code === undefined && !(error instanceof GraphQLError && error.originalError)) return 'BAD_USER_INPUT';
  }
  return 'INTERNAL';
}

/**
 * Apollo `formatError` (and the graphql-ws equivalent): keeps deliberate errors, masks everything else. The
 * original is logged with the request id by the logging plugin, never sent.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = classifyError(error);
  if (code === 'INTERNAL') {
    return { message: INTERNAL_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
  }
  const original = unwrapResolverError(error);
  const message = original instanceof AccessDeniedError ? `Forbidden: ${original.message}` : redactInputValues(formatted.message);
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code },
  };
}
