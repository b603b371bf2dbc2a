import { Field, ObjectType } from 'type-graphql';
import type { Problem } from '../../modules/outcome.js';
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
