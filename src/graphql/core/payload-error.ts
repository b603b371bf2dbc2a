import { Field, ObjectType } from 'type-graphql';
import type { Outcome, Problem } from '../../modules/outcome.js';
import { registerListEnum } from './enums.js';

/**
 * Builds a module's payload error type (Saleor style): `type XError { code: XErrorCode!, field: String,
 * message: String! }`, with the enum `XErrorCode` of `codes`. Every mutation payload carries `errors: [XError!]!`,
 * empty on success.
 */
export function createPayloadErrorType<C extends string>(name: string, codes: readonly C[], codesDescription: string) {
  const codeEnum = registerListEnum(codes, `${name}Code`, codesDescription);
  @ObjectType(name, { description: `A problem the caller can fix; \`field\` names the input at fault.` })
  class PayloadError {
    @Field(() => codeEnum, { description: 'Machine-readable, from a closed set.' })
    code!: C;

    @Field(() => String, { nullable: true, description: 'The input field at fault, or null for the whole input.' })
    field!: string | null;

    @Field(() => String)
    message!: string;
  }
  return PayloadError;
}

export function toPayloadErrors<C extends string, T extends object>(errorType: new () => T, problems: Problem<C>[]): T[] {
  return problems.map((p) => Object.assign(new errorType(), p) as T);
}

/**
 * A mutation's payload from the service's outcome (Saleor style): on success the data `fields(value)` and no errors;
 * when refused, the data `refused` (null or empty) and the problems as `errorType`s.
 */
export function toPayload<P extends { errors: object[] }, T, C extends string>(
  payload: new () => P,
  errorType: new () => P['errors'][number],
  outcome: Outcome<T, C>,
  fields: (value: T) => Omit<P, 'errors'>,
  refused: Omit<P, 'errors'>,
): P {
  if (!outcome.ok) return Object.assign(new payload(), refused, { errors: toPayloadErrors(errorType, outcome.errors) });
  return Object.assign(new payload(), fields(outcome.value), { errors: [] });
}
