import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { Outcome } from '../../modules/outcome.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { AmsCallResult, toAmsCallResult } from './operation-types.js';

/**
 * The result of a create-then-call operation: the record under `recordField` (null when refused), what AMS said to
 * this request's call, whether a stored result was replayed, and the caller's problems (`errors`, Saleor style).
 * `class PaymentPayload extends operationPayloadOf('payment', PaymentType, PaymentError) {}`.
 */
export function operationPayloadOf<K extends string, R extends object, E extends object>(recordField: K, record: ClassType<R>, error: ClassType<E>) {
  @ObjectType()
  abstract class OperationPayload {
    /** Where toOperationPayload puts the record, and the type it turns problems into. */
    static readonly recordField = recordField;
    static readonly errorType = error;

    @Field(() => AmsCallResult, { nullable: true })
    ams!: AmsCallResult | null;

    @Field(() => Boolean, { description: 'True when an earlier identical request’s stored result was returned.' })
    replayed!: boolean;

    @Field(() => [error])
    errors!: E[];
  }
  // The record's field takes the operation's name (payment, refund, …): declared through the decorator's function form.
  Field(() => record, { nullable: true })(OperationPayload.prototype, recordField);
  // The record's property, typed for TypeScript as the decorator's function form declared it for GraphQL.
  type WithRecord = OperationPayload & { [P in K]: R | null };
  return OperationPayload as unknown as (abstract new () => WithRecord) & Pick<typeof OperationPayload, 'recordField' | 'errorType'>;
}

/** A payload class made by operationPayloadOf. */
export interface OperationPayloadClass<P> {
  new (): P;
  readonly recordField: string;
  readonly errorType: new () => object;
}

/** A service's operation outcome as the GraphQL payload: the record turned into its node by `toNode`, or the problems. */
export function toOperationPayload<P extends object, T, C extends string>(payload: OperationPayloadClass<P>, outcome: Outcome<OperationResult<T>, C>, toNode: (record: T) => object): P {
  if (!outcome.ok) {
    return Object.assign(new payload(), { [payload.recordField]: null, ams: null, replayed: false, errors: toPayloadErrors(payload.errorType, outcome.errors) });
  }
  return Object.assign(new payload(), {
    [payload.recordField]: toNode(outcome.value.record),
    ams: toAmsCallResult(outcome.value.ams),
    replayed: outcome.value.replayed,
    errors: [],
  });
}
