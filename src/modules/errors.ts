/**
 * Exceptions services may throw for conditions that are not the caller's to fix in a payload: the GraphQL layer
 * maps them to `extensions.code` (graphql/errors.ts). Anything else that escapes is INTERNAL and masked.
 */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedError';
}

/**
 * An argument that cannot mean anything (a cursor this API never issued): the GraphQL layer answers BAD_USER_INPUT
 * with this message, which names the argument. Never carries a secret: arguments that can hold one are not parsed
 * this way.
 */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';

  constructor(
    readonly argument: string,
    problem: string,
  ) {
    super(`${argument}: ${problem}`);
  }
}

/**
 * A resume cursor older than the event log's retention: events after it were removed, so resuming would silently
 * skip them. The GraphQL layer answers CURSOR_EXPIRED; the caller re-reads current state and starts without a cursor.
 */
export class CursorExpiredError extends Error {
  override readonly name = 'CursorExpiredError';

  constructor(
    readonly argument: string,
    prunedThrough: string,
  ) {
    super(
      `${argument}: the cursor is older than the event log's retention (events up to id ${prunedThrough} were removed, RETENTION_EVENTS_DAYS); ` +
        're-read current state with the queries and resume without a cursor, or from a cursor at or after that id',
    );
  }
}
