/**
 * Exceptions services may throw for conditions that are not the caller's to fix in a payload: the GraphQL layer
 * maps them to `extensions.code` (graphql/errors.ts). Anything else that escapes is INTERNAL and masked.
 */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedError';
}
