import { EntitySchema, type EntityClass, type EntitySchemaMetadata } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';

/** A record that belongs to one merchant: the tenant filter scopes it by `merchantId` (persistence/entities.ts). */
export abstract class TenantRecord {
  id!: string;
  merchantId!: string;
}

/**
 * The fields of every record a caller creates idempotently (AMS operations, schedules): tenant, status with the
 * reason it is not final yet, the caller's idempotency key with the hash of the input it came with, and timestamps.
 */
export abstract class IdempotentRecord<S extends string> extends TenantRecord {
  status!: S;
  /** Why the record is in its status when that needs saying (an operation not final yet: `U PAYMENT_IN_PROCESS`, `TIMEOUT`). */
  statusReason: string | null = null;
  idempotencyKey: string | null = null;
  inputHash!: string;
  createdAt!: Date;
  updatedAt!: Date;
}

/** An AMS operation's record: an idempotent record that also keeps how AMS failed it. */
export abstract class OperationRecord<S extends string> extends IdempotentRecord<S> {
  /** AMS result code (or NOT_SENT) of a failure; with `failureMessage`. */
  failureCode: string | null = null;
  failureMessage: string | null = null;
}

/** What an entity adds to the base record's table: its own columns, unique keys and indexes. */
interface OwnMapping<E, Base> {
  uniques?: EntitySchemaMetadata<E>['uniques'];
  indexes?: EntitySchemaMetadata<E>['indexes'];
  properties: Base extends object ? NonNullable<EntitySchemaMetadata<E, Base>['properties']> : object;
}

/** The index behind a list filtered by status (with or without a created range): in id order, like the page. */
export function statusListIndex<E extends { merchantId: string; status: string; id: string }>(table: string) {
  return { name: `${table}_merchant_id_status_id_index`, properties: ['merchantId', 'status', 'id'] as Array<keyof E & string> };
}

const idempotentRecordColumns = {
  id: column.id,
  merchantId: column.text,
  status: column.text,
  statusReason: column.optionalText,
  idempotencyKey: column.optionalText,
  inputHash: column.text,
  createdAt: column.timestamp,
  updatedAt: column.timestamp,
};

const operationRecordColumns = { ...idempotentRecordColumns, failureCode: column.optionalText, failureMessage: column.optionalText };

/**
 * The base record's columns, the key that makes an idempotency key usable once per merchant, and the index a
 * merchant's newest-first page reads; then the entity's own. The base keys exist on every E, which TypeScript cannot
 * follow through EntityKey<E> for a generic E: the callers' signatures carry the checks instead.
 */
function recordSchema<E>(entity: EntityClass<E>, table: string, baseColumns: object, baseIndexes: object[], own: OwnMapping<E, unknown>): EntitySchema<E> {
  const metadata = {
    class: entity,
    tableName: table,
    uniques: [...(own.uniques ?? []), { name: `${table}_merchant_idempotency_key_unique`, properties: ['merchantId', 'idempotencyKey'] }],
    indexes: [{ name: `${table}_merchant_id_id_index`, properties: ['merchantId', 'id'] }, ...baseIndexes, ...(own.indexes ?? [])],
    properties: { ...baseColumns, ...own.properties },
  };
  return new EntitySchema<E>(metadata as unknown as EntitySchemaMetadata<E>);
}

/** The table of an idempotent record: see recordSchema. */
export function idempotentRecordSchema<E extends IdempotentRecord<string>>(
  entity: EntityClass<E>,
  table: string,
  own: OwnMapping<E, IdempotentRecord<string>>,
): EntitySchema<E> {
  return recordSchema(entity, table, idempotentRecordColumns, [], own);
}

/** The table of an AMS operation's record: an idempotent record's, with the failure columns and a status-filtered list. */
export function operationRecordSchema<E extends OperationRecord<string>>(
  entity: EntityClass<E>,
  table: string,
  own: OwnMapping<E, OperationRecord<string>>,
): EntitySchema<E> {
  return recordSchema(entity, table, operationRecordColumns, [statusListIndex(table)], own);
}
