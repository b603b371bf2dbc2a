import { BigIntType } from '@mikro-orm/core';

/**
 * Column definitions every operation table shares. Tenant, status with its reason and failure, the caller's
 * idempotency key with the hash of the input it came with, and timestamps.
 */
export function commonColumns() {
  return {
    id: { type: 'string', columnType: 'text', primary: true },
    merchantId: { type: 'string', columnType: 'text' },
    status: { type: 'string', columnType: 'text' },
    statusReason: { type: 'string', columnType: 'text', nullable: true },
    failureCode: { type: 'string', columnType: 'text', nullable: true },
    failureMessage: { type: 'string', columnType: 'text', nullable: true },
    idempotencyKey: { type: 'string', columnType: 'text', nullable: true },
    inputHash: { type: 'string', columnType: 'text' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  } as const;
}

/** The index behind a list filtered by status (with or without a created range): in id order, like the page. */
export function statusListIndex<E extends { merchantId: string; status: string; id: string }>(table: string) {
  return { name: `${table}_merchant_id_status_id_index`, properties: ['merchantId', 'status', 'id'] as Array<keyof E & string> };
}

/** Money in minor units: Postgres bigint, read back as an exact decimal string. */
export const moneyColumn = { type: new BigIntType('string'), columnType: 'bigint' } as const;

/** The fields behind commonColumns(), for entity classes to extend. */
export abstract class OperationRecord<S extends string> {
  id!: string;
  merchantId!: string;
  status!: S;
  /** Why the record is not final yet (e.g. `U PAYMENT_IN_PROCESS`, `TIMEOUT`), cleared when it resolves. */
  statusReason: string | null = null;
  /** AMS result code (or NOT_SENT) of a failure; with `failureMessage`. */
  failureCode: string | null = null;
  failureMessage: string | null = null;
  idempotencyKey: string | null = null;
  inputHash!: string;
  createdAt!: Date;
  updatedAt!: Date;
}
