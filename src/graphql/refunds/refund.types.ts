import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { REFUND_ERROR_CODES } from '../../modules/refunds/refund-errors.js';
import { REFUND_STATUSES, type RefundStatus } from '../../modules/refunds/refund-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { Money, MoneyInput } from '../operations/operation-types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

export const RefundStatusEnum = registerListEnum(REFUND_STATUSES, 'RefundStatus', 'PROCESSING: AMS U (REFUND_IN_PROCESS) or outcome unknown.');
export const RefundErrorCodeEnum = registerListEnum(REFUND_ERROR_CODES, 'RefundErrorCode', 'Refund mutation and inquiry problems.');
export const RefundError = createPayloadErrorType('RefundError', RefundErrorCodeEnum);
export type RefundError = InstanceType<typeof RefundError>;

@ObjectType('Refund')
export class RefundType extends OperationRecordType {
  @Field(() => ID, { description: 'The refunded payment (Payment.id).' })
  paymentId!: string;

  @Field(() => String, { description: 'The AMS idempotency key of this refund.' })
  refundRequestId!: string;

  @Field(() => String, { nullable: true, description: 'AMS refundId.' })
  amsRefundId!: string | null;

  @Field(() => Money)
  amount!: Money;

  @Field(() => RefundStatusEnum)
  status!: RefundStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Your refund reference (AMS referenceRefundId).' })
  referenceRefundId!: string | null;

  @Field(() => Date, { nullable: true })
  refundTime!: Date | null;
}

@ObjectType()
export class RefundConnection extends connectionOf(RefundType) {}

@ObjectType({ description: 'Result of refund and inquiryRefund.' })
export class RefundPayload extends operationPayloadOf('refund', RefundType, RefundError) {
  declare refund: RefundType | null;
}

@InputType()
export class RefundInput {
  @Field(() => ID, { description: 'A SUCCEEDED payment of yours (Payment.id).' })
  paymentId!: string;

  @Field(() => MoneyInput, { description: 'Same currency as the payment; all refunds together at most the paid amount.' })
  amount!: MoneyInput;

  @Field(() => String, { nullable: true, description: 'Shown to the user (≤ 256).' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'AMS idempotency key; generated when omitted.' })
  refundRequestId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Your own refund reference, sent as AMS referenceRefundId (≤ 64; letters, digits, _ . : -).' })
  referenceRefundId?: string | null;
}

@InputType()
export class RefundFilter extends CreatedRangeFilter {
  @Field(() => RefundStatusEnum, { nullable: true })
  status?: RefundStatus | null;

  @Field(() => ID, { nullable: true })
  paymentId?: string | null;
}

export const RefundLookupArgs = lookupArgsOf('refundRequestId', 'amsRefundId');
export type RefundLookupArgs = InstanceType<typeof RefundLookupArgs>;
