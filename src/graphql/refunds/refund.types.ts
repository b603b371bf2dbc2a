import { ID, InputType, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { REFUND_ERROR_CODES } from '../../modules/refunds/refund-errors.js';
import { REFUND_STATUSES } from '../../modules/refunds/refund-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { Money, MoneyInput } from '../operations/operation-types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

export const RefundStatusEnum = registerListEnum(REFUND_STATUSES, 'RefundStatus', 'PROCESSING: AMS U (REFUND_IN_PROCESS) or outcome unknown.');
export const RefundError = createPayloadErrorType('RefundError', REFUND_ERROR_CODES, 'Refund mutation and inquiry problems.');

@ObjectType('Refund')
export class RefundType extends objectFields(OperationRecordType, {
  paymentId: field(ID, 'The refunded payment (Payment.id).'),
  refundRequestId: field(String, 'The AMS idempotency key of this refund.'),
  amsRefundId: nullable(String, 'AMS refundId.'),
  amount: field(Money),
  status: field(RefundStatusEnum),
  reason: nullable(String),
  referenceRefundId: nullable(String, 'Your refund reference (AMS referenceRefundId).'),
  refundTime: nullable(Date),
}) {}

@ObjectType()
export class RefundConnection extends connectionOf(RefundType) {}

@ObjectType({ description: 'Result of refund and inquiryRefund.' })
export class RefundPayload extends operationPayloadOf('refund', RefundType, RefundError) {}

@InputType()
export class RefundInput extends inputFields({
  paymentId: field(ID, 'A SUCCEEDED payment of yours (Payment.id).'),
  amount: field(MoneyInput, 'Same currency as the payment; all refunds together at most the paid amount.'),
  reason: nullable(String, 'Shown to the user (≤ 256).'),
  refundRequestId: nullable(String, 'AMS idempotency key; generated when omitted.'),
  idempotencyKey: nullable(String),
  referenceRefundId: nullable(String, 'Your own refund reference, sent as AMS referenceRefundId (≤ 64; letters, digits, _ . : -).'),
}) {}

@InputType()
export class RefundFilter extends inputFields(CreatedRangeFilter, {
  status: nullable(RefundStatusEnum),
  paymentId: nullable(ID),
}) {}

export const RefundLookupArgs = lookupArgsOf('refundRequestId', 'amsRefundId');
export type RefundLookupArgs = InstanceType<typeof RefundLookupArgs>;
