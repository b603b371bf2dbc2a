import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DECLARATION_ERROR_CODES } from '../../modules/declarations/declaration-errors.js';
import { DECLARATION_STATUSES, type DeclarationStatus } from '../../modules/declarations/declaration-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { AmsCallResult, Money, MoneyInput } from '../operations/operation-types.js';
import { UserNameInput } from '../operations/wire-inputs.types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

export const DeclarationStatusEnum = registerListEnum(DECLARATION_STATUSES, 'DeclarationStatus', 'PROCESSING: accepted by AMS, waiting for customs.');
export const DeclarationErrorCodeEnum = registerListEnum(DECLARATION_ERROR_CODES, 'DeclarationErrorCode', 'Declaration mutation and inquiry problems.');
export const DeclarationError = createPayloadErrorType('DeclarationError', DeclarationErrorCodeEnum);
export type DeclarationError = InstanceType<typeof DeclarationError>;

@ObjectType('Declaration')
export class DeclarationType extends OperationRecordType {
  @Field(() => ID, { description: 'The declared payment (Payment.id).' })
  paymentId!: string;

  @Field(() => String)
  declarationRequestId!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => String)
  customsCode!: string;

  @Field(() => String)
  customsRegion!: string;

  @Field(() => String)
  merchantCustomsCode!: string;

  @Field(() => String)
  merchantCustomsName!: string;

  @Field(() => Boolean)
  splitOrder!: boolean;

  @Field(() => String, { nullable: true })
  subOrderId!: string | null;

  @Field(() => String, { nullable: true, description: 'Only the type; the certificate number is not stored.' })
  buyerCertificateType!: string | null;

  @Field(() => DeclarationStatusEnum)
  status!: DeclarationStatus;

  @Field(() => String, { nullable: true })
  customsPaymentId!: string | null;

  @Field(() => String, { nullable: true })
  customsOrderId!: string | null;

  @Field(() => String, { nullable: true })
  identityCheckResult!: string | null;

  @Field(() => String, { nullable: true })
  customsResultCode!: string | null;

  @Field(() => String, { nullable: true })
  customsResultDescription!: string | null;
}

@ObjectType()
export class DeclarationConnection extends connectionOf(DeclarationType) {}

@ObjectType()
export class DeclarationPayload extends operationPayloadOf('declaration', DeclarationType, DeclarationError) {
  declare declaration: DeclarationType | null;
}

@ObjectType({ description: 'Result of inquiryDeclarationRequests.' })
export class DeclarationInquiryPayload {
  @Field(() => [DeclarationType])
  declarations!: DeclarationType[];

  @Field(() => [String], { description: 'Request ids that are not ours or that AMS does not know.' })
  notFound!: string[];

  @Field(() => AmsCallResult, { nullable: true })
  ams!: AmsCallResult | null;

  @Field(() => [DeclarationError])
  errors!: DeclarationError[];
}

@InputType()
export class BuyerCertificateInput {
  @Field(() => String, { description: 'ID_CARD, PASSPORT, …' })
  certificateType!: string;

  @Field(() => String, { description: 'Sent to AMS, never stored. Write-only.' })
  certificateNo!: string;

  @Field(() => UserNameInput, { nullable: true, description: 'AMS holderName (Java UserName.java): firstName, middleName, lastName, fullName. Sent, never stored.' })
  holderName?: UserNameInput | null;
}

@InputType()
export class DeclareInput {
  @Field(() => ID, { description: 'A SUCCEEDED payment of yours (Payment.id).' })
  paymentId!: string;

  @Field(() => MoneyInput, { description: 'At most the paid amount, same currency.' })
  amount!: MoneyInput;

  @Field(() => String, { description: 'e.g. ZONGSHU, SHANGHAI_CBT.' })
  customsCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2; default CN.' })
  customsRegion?: string | null;

  @Field(() => String)
  merchantCustomsCode!: string;

  @Field(() => String)
  merchantCustomsName!: string;

  @Field(() => Boolean, { nullable: true })
  splitOrder?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when splitOrder is true.' })
  subOrderId?: string | null;

  @Field(() => BuyerCertificateInput, { nullable: true })
  buyerCertificate?: BuyerCertificateInput | null;

  @Field(() => String, { nullable: true, description: 'AMS idempotency key (≤ 32); generated when omitted.' })
  declarationRequestId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class DeclarationFilter extends CreatedRangeFilter {
  @Field(() => DeclarationStatusEnum, { nullable: true })
  status?: DeclarationStatus | null;

  @Field(() => ID, { nullable: true })
  paymentId?: string | null;
}

export const DeclarationLookupArgs = lookupArgsOf('declarationRequestId');
export type DeclarationLookupArgs = InstanceType<typeof DeclarationLookupArgs>;
