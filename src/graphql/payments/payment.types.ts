import { GraphQLJSONObject } from 'graphql-scalars';
import { ID, InputType, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { PAYMENT_ERROR_CODES } from '../../modules/payments/payment-errors.js';
import { PAYMENT_STATUSES } from '../../modules/payments/payment-status.js';
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
export const PaymentError = createPayloadErrorType('PaymentError', PAYMENT_ERROR_CODES, 'Payment mutation and inquiry problems.');

@ObjectType('Payment')
export class PaymentType extends objectFields(OperationRecordType, {
  authorizationId: field(ID),
  paymentRequestId: field(String, 'The AMS idempotency key of this payment.'),
  amsPaymentId: nullable(String, 'AMS paymentId, once AMS has answered.'),
  amount: field(Money),
  status: field(PaymentStatusEnum),
  paymentMethodType: field(String, 'Wallet (paymentMethodType).'),
  referenceOrderId: field(String),
  orderDescription: field(String),
  paymentTime: nullable(Date),
  cancelTime: nullable(Date),
  cancelDeadline: field(Date, 'Last moment cancelPayment is accepted: 00:15 UTC+8 on the day after creation.'),
  merchantRegion: nullable(String, 'merchantRegion sent with the pay (yours, or the merchant default).'),
  userRegion: nullable(String),
  settlementCurrency: nullable(String, 'settlementStrategy.settlementCurrency sent with the pay (yours, or the merchant default).'),
  paymentExpiryTime: nullable(Date),
  orderDetails: nullable(GraphQLJSONObject, 'order.goods/buyer/shipping/env/merchant as sent to AMS (SDK JSON names).'),
  normalUrl: nullable(String, 'AMS normalUrl: a page where the user confirms the payment, when the wallet asks for it.'),
  schemeUrl: nullable(String, 'AMS schemeUrl: opens the wallet app.'),
  applinkUrl: nullable(String, 'AMS applinkUrl: opens the wallet app, or its page when not installed.'),
  paymentActionForm: nullable(String, 'AMS paymentActionForm (a JSON string), when the wallet asks the user to act.'),
  customsDeclarationAmount: nullable(Money, 'What may be declared to customs, in the customs currency (inquiry or notification).'),
  pspCustomerInfo: nullable(PspCustomerInfoType),
}) {}

@ObjectType()
export class PaymentConnection extends connectionOf(PaymentType) {}

@ObjectType({ description: 'Result of pay, cancelPayment and inquiryPayment.' })
export class PaymentPayload extends operationPayloadOf('payment', PaymentType, PaymentError) {}

@InputType({ description: 'AMS SettlementStrategy (Java SettlementStrategy.java).' })
export class SettlementStrategyInput extends inputFields({
  settlementCurrency: field(String, 'ISO 4217 alpha-3, one of your contract’s settlement currencies.'),
}) {}

@InputType({ description: 'AMS Order risk data (Java Order.java); referenceOrderId, orderDescription and the amount come from PayInput.' })
export class PayOrderInput extends inputFields({
  goods: nullable([GoodsInput]),
  buyer: nullable(BuyerInput),
  shipping: nullable(ShippingInput),
  env: nullable(EnvInput),
  merchant: nullable(OrderMerchantInput),
}) {}

@InputType()
export class PayInput extends inputFields({
  authorizationId: field(ID, 'An ACTIVE authorization of yours; its access token pays.'),
  amount: field(MoneyInput),
  referenceOrderId: field(String, 'Your order id (≤ 64).'),
  orderDescription: field(String, 'Shown to the user (≤ 256).'),
  paymentRequestId: nullable(String, 'AMS idempotency key; generated when omitted.'),
  idempotencyKey: nullable(String, 'Repeat with the same key and input to get the stored result.'),
  merchantRegion: nullable(String, 'ISO 3166 alpha-2; required by AMS for GAGW contracts. Default: the merchant’s merchantRegion.'),
  userRegion: nullable(String, 'ISO 3166 alpha-2 region of the user.'),
  settlementStrategy: nullable(SettlementStrategyInput, 'Needed when your contract has several settlement currencies. Default: the merchant’s settlementCurrency.'),
  paymentExpiryTime: nullable(Date, 'At most 1 minute from now (Auto Debit).'),
  order: nullable(PayOrderInput, 'The order’s risk data (AMS order.goods/buyer/shipping/env/merchant).'),
}) {}

@InputType()
export class PaymentFilter extends inputFields(CreatedRangeFilter, {
  status: nullable(PaymentStatusEnum),
  authorizationId: nullable(ID),
}) {}

export const PaymentLookupArgs = lookupArgsOf('paymentRequestId', 'amsPaymentId');
export type PaymentLookupArgs = InstanceType<typeof PaymentLookupArgs>;
