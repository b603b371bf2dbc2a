import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PAYMENT_ERROR_CODES } from '../../modules/payments/payment-errors.js';
import { PAYMENT_STATUSES, type PaymentStatus } from '../../modules/payments/payment-status.js';
import { registerListEnum } from '../core/enums.js';
import { PageInfo } from '../core/page-info.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { AmsCallResult, Money, MoneyInput, OperationFailure } from '../operations/operation-types.js';

export const PaymentStatusEnum = registerListEnum(PAYMENT_STATUSES, 'PaymentStatus', 'PENDING: call in flight; PROCESSING: AMS U or outcome unknown, resolved by inquiry or notification.');
export const PaymentErrorCodeEnum = registerListEnum(PAYMENT_ERROR_CODES, 'PaymentErrorCode', 'Payment mutation and inquiry problems.');
export const PaymentError = createPayloadErrorType('PaymentError', PaymentErrorCodeEnum);
export type PaymentError = InstanceType<typeof PaymentError>;

@ObjectType('Payment')
export class PaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  merchantId!: string;

  @Field(() => ID)
  authorizationId!: string;

  @Field(() => String, { description: 'The AMS idempotency key of this payment.' })
  paymentRequestId!: string;

  @Field(() => String, { nullable: true, description: 'AMS paymentId, once AMS has answered.' })
  amsPaymentId!: string | null;

  @Field(() => Money)
  amount!: Money;

  @Field(() => PaymentStatusEnum)
  status!: PaymentStatus;

  @Field(() => String, { nullable: true, description: 'Why it is not final, e.g. "U PAYMENT_IN_PROCESS" or "TIMEOUT".' })
  statusReason!: string | null;

  @Field(() => OperationFailure, { nullable: true })
  failure!: OperationFailure | null;

  @Field(() => String, { description: 'Wallet (paymentMethodType).' })
  paymentMethodType!: string;

  @Field(() => String)
  referenceOrderId!: string;

  @Field(() => String)
  orderDescription!: string;

  @Field(() => Date, { nullable: true })
  paymentTime!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelTime!: Date | null;

  @Field(() => Date, { description: 'Last moment cancelPayment is accepted: 00:15 UTC+8 on the day after creation.' })
  cancelDeadline!: Date;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class PaymentConnection {
  @Field(() => [PaymentType])
  nodes!: PaymentType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'Result of pay, cancelPayment and inquiryPayment.' })
export class PaymentPayload {
  @Field(() => PaymentType, { nullable: true })
  payment!: PaymentType | null;

  @Field(() => AmsCallResult, { nullable: true })
  ams!: AmsCallResult | null;

  @Field(() => Boolean)
  replayed!: boolean;

  @Field(() => [PaymentError])
  errors!: PaymentError[];
}

@InputType()
export class PayInput {
  @Field(() => ID, { description: 'An ACTIVE authorization of yours; its access token pays.' })
  authorizationId!: string;

  @Field(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => String, { description: 'Your order id (≤ 64).' })
  referenceOrderId!: string;

  @Field(() => String, { description: 'Shown to the user (≤ 256).' })
  orderDescription!: string;

  @Field(() => String, { nullable: true, description: 'AMS idempotency key; generated when omitted.' })
  paymentRequestId?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeat with the same key and input to get the stored result.' })
  idempotencyKey?: string | null;
}

@InputType()
export class PaymentFilter {
  @Field(() => PaymentStatusEnum, { nullable: true })
  status?: PaymentStatus | null;

  @Field(() => ID, { nullable: true })
  authorizationId?: string | null;

  @Field(() => Date, { nullable: true })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  createdBefore?: Date | null;
}
