/** Exhaustiveness check for discriminated unions and closed enums: a new member fails to compile here. */
export function assertNever(value: never, context = 'value'): never {
  throw new Error(`unexpected ${context}: ${JSON.stringify(value)}`);
}
