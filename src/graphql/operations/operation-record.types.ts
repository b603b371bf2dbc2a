import { Field, ID, ObjectType } from 'type-graphql';
import { OperationFailure, toFailure } from './operation-types.js';

/** The fields every AMS operation record shows (modules/shared/aggregate-columns.ts): its own status is declared by each. */
@ObjectType()
export abstract class OperationRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  merchantId!: string;

  @Field(() => String, { nullable: true, description: 'Why it is not settled yet: "U <resultCode>" when AMS answered U, or the transport condition (e.g. "TIMEOUT").' })
  statusReason!: string | null;

  @Field(() => OperationFailure, { nullable: true })
  failure!: OperationFailure | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

/** The entity columns behind OperationRecordType (modules/shared/aggregate-columns.ts). */
type OperationRecordColumns = Pick<OperationRecordType, 'id' | 'merchantId' | 'statusReason' | 'createdAt' | 'updatedAt'> & {
  failureCode: string | null;
  failureMessage: string | null;
};

/**
 * OperationRecordType's fields of a record, for a module's mapping to assign into its own type:
 * `Object.assign(new X(), toOperationRecordFields(r), { …its own fields })`. Not as the first spread of a large object
 * literal (`{ ...toOperationRecordFields(r), a, b, … }`): V8 builds that one property at a time on a slow path, about
 * a hundred times slower, and a list page maps every row.
 */
export function toOperationRecordFields(record: OperationRecordColumns): OperationRecordType {
  return {
    id: record.id,
    merchantId: record.merchantId,
    statusReason: record.statusReason,
    failure: toFailure(record),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
