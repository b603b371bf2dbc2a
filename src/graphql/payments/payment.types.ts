import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PAYMENT_ERROR_CODES } from '../../modules/payments/payment-errors.js';
import { PAYMENT_STATUSES, type PaymentStatus } from '../../modules/payments/payment-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { Money, MoneyInput } from '../operations/operation-types.js';
import { BuyerInput, EnvInput, GoodsInput, OrderMerchantInput, PspCustomerInfoType, ShippingInput } from '../operations/wire-inputs.types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

export const PaymentStatusEnum = registerListEnum(PAYMENT_STATUSES, 'PaymentStatus', 'PENDING: call in flight; PROCESSING: AMS U or outcome unknown, resolved by inquiry or notification.');
export const PaymentErrorCodeEnum = registerListEnum(PAYMENT_ERROR_CODES, 'PaymentErrorCode', 'Payment mutation and inquiry problems.');
export const PaymentError = createPayloadErrorType('PaymentError', PaymentErrorCodeEnum);
export type PaymentError = InstanceType<typeof PaymentError>;

@ObjectType('Payment')
export class PaymentType extends OperationRecordType {
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

  @Field(() => String, { nullable: true, description: 'merchantRegion sent with the pay (yours, or the merchant default).' })
  merchantRegion!: string | null;

  @Field(() => String, { nullable: true })
  userRegion!: string | null;

  @Field(() => String, { nullable: true, description: 'settlementStrategy.settlementCurrency sent with the pay (yours, or the merchant default).' })
  settlementCurrency!: string | null;

  @Field(() => Date, { nullable: true })
  paymentExpiryTime!: Date | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'order.goods/buyer/shipping/env/merchant as sent to AMS (SDK JSON names).' })
  orderDetails!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'AMS normalUrl: a page where the user confirms the payment, when the wallet asks for it.' })
  normalUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'AMS schemeUrl: opens the wallet app.' })
  schemeUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'AMS applinkUrl: opens the wallet app, or its page when not installed.' })
  applinkUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'AMS paymentActionForm (a JSON string), when the wallet asks the user to act.' })
  paymentActionForm!: string | null;

  @Field(() => Money, { nullable: true, description: 'What may be declared to customs, in the customs currency (inquiry or notification).' })
  customsDeclarationAmount!: Money | null;

  @Field(() => PspCustomerInfoType, { nullable: true })
  pspCustomerInfo!: PspCustomerInfoType | null;
}

@ObjectType()
export class PaymentConnection extends connectionOf(PaymentType) {}

@ObjectType({ description: 'Result of pay, cancelPayment and inquiryPayment.' })
export class PaymentPayload extends operationPayloadOf('payment', PaymentType, PaymentError) {
  declare payment: PaymentType | null;
}

@InputType({ description: 'AMS SettlementStrategy (Java SettlementStrategy.java).' })
export class SettlementStrategyInput {
  @Field(() => String, { description: 'ISO 4217 alpha-3, one of your contract’s settlement currencies.' })
  settlementCurrency!: string;
}

@InputType({ description: 'AMS Order risk data (Java Order.java); referenceOrderId, orderDescription and the amount come from PayInput.' })
export class PayOrderInput {
  @Field(() => [GoodsInput], { nullable: true })
  goods?: GoodsInput[] | null;

  @Field(() => BuyerInput, { nullable: true })
  buyer?: BuyerInput | null;

  @Field(() => ShippingInput, { nullable: true })
  shipping?: ShippingInput | null;

  @Field(() => EnvInput, { nullable: true })
  env?: EnvInput | null;

  @Field(() => OrderMerchantInput, { nullable: true })
  merchant?: OrderMerchantInput | null;
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

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2; required by AMS for GAGW contracts. Default: the merchant’s merchantRegion.' })
  merchantRegion?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2 region of the user.' })
  userRegion?: string | null;

  @Field(() => SettlementStrategyInput, { nullable: true, description: 'Needed when your contract has several settlement currencies. Default: the merchant’s settlementCurrency.' })
  settlementStrategy?: SettlementStrategyInput | null;

  @Field(() => Date, { nullable: true, description: 'At most 1 minute from now (Auto Debit).' })
  paymentExpiryTime?: Date | null;

  @Field(() => PayOrderInput, { nullable: true, description: 'The order’s risk data (AMS order.goods/buyer/shipping/env/merchant).' })
  order?: PayOrderInput | null;
}

@InputType()
export class PaymentFilter extends CreatedRangeFilter {
  @Field(() => PaymentStatusEnum, { nullable: true })
  status?: PaymentStatus | null;

  @Field(() => ID, { nullable: true })
  authorizationId?: string | null;
}

export const PaymentLookupArgs = lookupArgsOf('paymentRequestId', 'amsPaymentId');
export type PaymentLookupArgs = InstanceType<typeof PaymentLookupArgs>;
