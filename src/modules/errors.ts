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
