import { Field, InputType, ObjectType } from 'type-graphql';
import type { AmsCallSummary } from '../../modules/shared/ams-call.js';
import { registerListEnum } from '../core/enums.js';

export const AmsCallStatusEnum = registerListEnum(
  ['S', 'F', 'U', 'UNKNOWN', 'NOT_SENT'] as const,
  'AmsCallStatus',
  'S / F / U as AMS answered; UNKNOWN: timeout or untrustworthy answer (treated like U); NOT_SENT: the request provably never reached AMS.',
);

@ObjectType({ description: 'An amount in minor units (e.g. "1050" USD = 10.50) as AMS sends it: a decimal string, exact at any size.' })
export class Money {
  @Field(() => String, { description: 'Positive integer in the currency’s smallest unit, as a string.' })
  value!: string;

  @Field(() => String, { description: 'ISO 4217 alpha-3.' })
  currency!: string;
}

@InputType({ description: 'An amount in minor units: value "1050" with currency "USD" is 10.50 USD.' })
export class MoneyInput {
  @Field(() => String, { description: 'Positive whole number of minor units, at most 15 digits.' })
  value!: string;

  @Field(() => String, { description: 'ISO 4217 alpha-3, e.g. USD.' })
  currency!: string;
}

@ObjectType({ description: 'What AMS said to the call this request made (absent when no call was made, e.g. an idempotent replay).' })
export class AmsCallResult {
  @Field(() => AmsCallStatusEnum)
  status!: AmsCallSummary['status'];

  @Field(() => String, { description: 'AMS resultCode, or the transport condition (TIMEOUT, CONNECTION_REFUSED, …).' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'Why an operation failed for good (an AMS F code, or NOT_SENT).' })
export class OperationFailure {
  @Field(() => String)
  code!: string;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

export function toMoney(value: string, currency: string): Money {
  return Object.assign(new Money(), { value, currency });
}

export function toAmsCallResult(summary: AmsCallSummary | null): AmsCallResult | null {
  return summary ? Object.assign(new AmsCallResult(), summary) : null;
}

export function toFailure(record: { failureCode: string | null; failureMessage: string | null }): OperationFailure | null {
  return record.failureCode ? Object.assign(new OperationFailure(), { code: record.failureCode, message: record.failureMessage }) : null;
}
