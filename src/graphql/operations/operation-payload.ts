import { Field, ObjectType, type ClassType } from 'type-graphql';
import { AmsCallResult } from './operation-types.js';

/**
 * The result of a create-then-call operation: the record under `recordField` (null when refused), what AMS said to
 * this request's call, whether a stored result was replayed, and the caller's problems (`errors`, Saleor style).
 * `class PaymentPayload extends operationPayloadOf('payment', PaymentType, PaymentError) {}`.
 */
export function operationPayloadOf<R extends object, E extends object>(recordField: string, record: ClassType<R>, error: ClassType<E>) {
  @ObjectType()
  abstract class OperationPayload {
    @Field(() => AmsCallResult, { nullable: true })
    ams!: AmsCallResult | null;

    @Field(() => Boolean, { description: 'True when an earlier identical request’s stored result was returned.' })
    replayed!: boolean;

    @Field(() => [error])
    errors!: E[];
  }
  // The record's field takes the operation's name (payment, refund, …): declared through the decorator's function form.
  Field(() => record, { nullable: true })(OperationPayload.prototype, recordField);
  return OperationPayload;
}
